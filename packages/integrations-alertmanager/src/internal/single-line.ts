/**
 * `text` on one line (runs of whitespace, newlines included, become one space), trimmed and cut to
 * `maxLength` characters with a trailing ellipsis when longer. Never splits a surrogate pair.
 */
export function singleLine(text: string, maxLength: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= maxLength) return line;
  let cut = line.slice(0, maxLength - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
