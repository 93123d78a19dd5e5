import { createHash } from 'node:crypto';

/** Hex SHA-256 of `text`; used for ids that must be stable across processes and versions. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
