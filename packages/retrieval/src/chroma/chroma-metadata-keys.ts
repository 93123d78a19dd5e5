/**
 * Metadata keys this adapter writes next to the document's own metadata. They all start with `@`, a prefix
 * that document metadata may not use, so they never collide with user keys.
 */

/** Holds the document's title (Chroma's `documents` field holds its text). */
export const CHROMA_TITLE_KEY = '@title';
/** Prefix of the key holding an array value as a JSON array of strings: `@list:services`. */
export const CHROMA_LIST_KEY_PREFIX = '@list:';
/** Prefix of the boolean keys that make array membership filterable: `@has:services=payments`. */
export const CHROMA_MEMBERSHIP_KEY_PREFIX = '@has:';
/**
 * Key prefixes document metadata may not use: `@` is ours; `#` and `chroma:` are reserved by Chroma (`#document`,
 * `#embedding`; `chroma:document` once overwrote the document text); `$` starts Chroma's `where` operators
 * (`$and`, `$eq`), so such a key could not be filtered on.
 */
export const RESERVED_METADATA_KEY_PREFIXES: readonly string[] = ['@', '#', '$', 'chroma:'];

/** The key holding array `key` as JSON, e.g. `@list:services`. */
export function chromaListKey(key: string): string {
  return `${CHROMA_LIST_KEY_PREFIX}${key}`;
}

/**
 * The boolean key marking `value` as a member of array `key`, e.g. `@has:services=payments`. In the key part,
 * `\` and `=` are escaped with a backslash, so the first unescaped `=` always ends the key and two different
 * (key, value) pairs never share a membership key.
 */
export function chromaMembershipKey(key: string, value: string): string {
  return `${CHROMA_MEMBERSHIP_KEY_PREFIX}${key.replace(/[\\=]/g, (character) => `\\${character}`)}=${value}`;
}
