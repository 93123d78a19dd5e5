const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `text` for a Slack `mrkdwn` field: `&`, `<` and `>` become entities, so that untrusted text cannot make
 * links or mentions (`<!channel>`, `<@U123>`). When the escaped text is longer than `maxLength`, it is cut
 * to fit with a trailing ellipsis, never inside an entity or a surrogate pair.
 */
export function escapeMrkdwn(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const pieces = Array.from(text, (character) => ENTITIES[character] ?? character);
  const escaped = pieces.join('');
  if (escaped.length <= maxLength) return escaped;
  let cut = '';
  for (const piece of pieces) {
    if (cut.length + piece.length > maxLength - 1) break;
    cut += piece;
  }
  return `${cut}…`;
}

/** `text` folded onto one line (runs of whitespace become one space), trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` as an inline code span for mrkdwn: one line, backticks replaced (they would end it), escaped, cut. */
export function codeSpan(text: string, maxLength: number): string {
  return `\`${escapeMrkdwn(oneLine(text).replace(/`/g, "'"), maxLength - 2)}\``;
}
