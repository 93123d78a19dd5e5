import { createHash } from 'node:crypto';

/**
 * The stable id of a template text: `'pat_'` followed by the first 12 hex digits of the SHA-256 of its
 * UTF-8 bytes. Equal templates get equal ids in every run and process; nothing else goes into the hash.
 */
export function patternIdOf(template: string): string {
  return `pat_${createHash('sha256').update(template, 'utf8').digest('hex').slice(0, 12)}`;
}
