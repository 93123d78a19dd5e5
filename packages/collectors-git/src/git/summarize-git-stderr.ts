/**
 * Git's error output shortened for a warning: the non-empty lines (`fatal: ` and `error: ` prefixes
 * dropped, `hint:` lines kept), joined by spaces, at most 400 characters. Empty output becomes
 * `(no message)`.
 */
export function summarizeGitStderr(stderr: string): string {
  const text = stderr
    .split('\n')
    .map((line) => line.trim().replace(/^(?:fatal|error):\s*/, ''))
    .filter((line) => line.length > 0)
    .join(' ');
  if (text.length === 0) return '(no message)';
  return text.length > 400 ? `${text.slice(0, 399)}…` : text;
}
