/** Escapes text for a Markdown table cell or inline run: pipes, backticks, angle brackets, newlines. */
export function inlineMarkdown(text: string, limit = 300): string {
  const single = text.replace(/\s*\n\s*/g, ' ⏎ ');
  const cut = single.length > limit ? `${single.slice(0, limit - 1)}…` : single;
  return cut
    .replace(/\\/g, '\\\\')
    .replace(/[|`*_[\]#]/g, (character) => `\\${character}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Evidence citations as inline code, e.g. `` [`ev_1`, `ev_2`] ``, shortened past `limit` ids. */
export function citeEvidence(ids: readonly string[], limit = 4): string {
  const shown = ids.slice(0, limit).map((id) => `\`${id}\``);
  const more = ids.length > limit ? ` +${ids.length - limit}` : '';
  return `[${shown.join(', ')}${more}]`;
}

/** `2026-03-04 14:05:12 UTC` */
export function formatTimestamp(time: string): string {
  return `${time.slice(0, 10)} ${time.slice(11, 19)} UTC`;
}

/** Text for a code span inside a table cell: one line, no backticks, pipes escaped (GFM tables). */
export function codeSpanInTable(text: string, limit = 140): string {
  const single = text.replace(/\s*\n\s*/g, ' ⏎ ');
  const cut = single.length > limit ? `${single.slice(0, limit - 1)}…` : single;
  return `\`${cut.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
