/**
 * Cuts `line` to at most `maxBytes` UTF-8 bytes (never splitting a character) and appends
 * ` …[cut N bytes]`, N being the bytes removed. Lines within the limit are returned unchanged. The marker
 * itself is not counted against `maxBytes`.
 */
export function cutLongLine(line: string, maxBytes: number): string {
  // UTF-16 units encode to at most 3 bytes each, so short lines skip the byte count entirely.
  if (line.length * 3 <= maxBytes) return line;
  const totalBytes = Buffer.byteLength(line, 'utf8');
  if (totalBytes <= maxBytes) return line;
  let cut = Math.min(line.length, Math.max(0, Math.floor(maxBytes)));
  let keptBytes = Buffer.byteLength(line.slice(0, cut), 'utf8');
  while (keptBytes > maxBytes && cut > 0) {
    cut -= Math.max(1, Math.floor((keptBytes - maxBytes) / 3));
    keptBytes = Buffer.byteLength(line.slice(0, cut), 'utf8');
  }
  const last = line.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    cut--;
    keptBytes = Buffer.byteLength(line.slice(0, cut), 'utf8');
  }
  return `${line.slice(0, cut)} …[cut ${totalBytes - keptBytes} bytes]`;
}
