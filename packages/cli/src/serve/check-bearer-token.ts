import { timingSafeEqual } from 'node:crypto';

/** True when no tokens are configured, or the `Authorization: Bearer <token>` header matches one (constant time). */
export function checkBearerToken(header: string | undefined, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (match === null) return false;
  const given = Buffer.from(match[1]?.trim() ?? '');
  let matched = false;
  for (const token of tokens) {
    const expected = Buffer.from(token);
    if (expected.length === given.length && timingSafeEqual(expected, given)) matched = true;
  }
  return matched;
}
