/**
 * Splits a raw commit message (git's `%B`) the way git does for `%s`/`%b`: the subject is the first
 * paragraph with its lines joined by single spaces, the body everything after the first blank line,
 * trimmed. Carriage returns (messages written on Windows) count as line ends. Never throws.
 */
export function splitCommitMessage(message: string): { subject: string; body: string } {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length && (lines[index] as string).trim() === '') index += 1;
  const subjectLines: string[] = [];
  while (index < lines.length && (lines[index] as string).trim() !== '') {
    subjectLines.push((lines[index] as string).trim());
    index += 1;
  }
  return {
    subject: subjectLines.join(' '),
    body: lines
      .slice(index)
      .join('\n')
      .replace(/^\s*\n/, '')
      .trimEnd(),
  };
}
