/** C0 controls other than whitespace, and DEL: they have no business in a note. */
function isStrayControl(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f;
}

/**
 * `text` as one line of plain text: control characters dropped, runs of whitespace (newlines included)
 * folded into one space, trimmed, and cut to `maxLength` characters with a trailing ellipsis when longer.
 * Never splits a surrogate pair. For untrusted text (alert titles, log templates) going into a note.
 */
export function plainText(text: string, maxLength: number): string {
  const visible = Array.from(text, (character) => (isStrayControl(character) ? '' : character)).join('');
  const line = visible.replace(/\s+/g, ' ').trim();
  if (line.length <= maxLength) return line;
  let cut = line.slice(0, Math.max(0, maxLength - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
