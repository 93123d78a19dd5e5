/** Shortest collection name Chroma accepts. */
export const CHROMA_COLLECTION_NAME_MIN_LENGTH = 3;
/** Longest collection name Chroma accepts. */
export const CHROMA_COLLECTION_NAME_MAX_LENGTH = 512;

const allowedCharacters = /^[a-zA-Z0-9._-]*$/;
const alphanumeric = /^[a-zA-Z0-9]$/;

/**
 * Checks a collection name against Chroma's rules: 3 to 512 characters from `[a-zA-Z0-9._-]`, starting and
 * ending with a letter or digit. Checked here so that a bad name fails before any request, with a message
 * that says which rule it breaks.
 * @returns `undefined` when the name is valid, else what is wrong with it (one sentence).
 */
export function validateChromaCollectionName(name: string): string | undefined {
  if (name.length < CHROMA_COLLECTION_NAME_MIN_LENGTH || name.length > CHROMA_COLLECTION_NAME_MAX_LENGTH) {
    return `must be ${CHROMA_COLLECTION_NAME_MIN_LENGTH} to ${CHROMA_COLLECTION_NAME_MAX_LENGTH} characters long, got ${name.length} (${JSON.stringify(name.slice(0, 40))})`;
  }
  if (!allowedCharacters.test(name)) {
    const offending = [...new Set([...name].filter((character) => !allowedCharacters.test(character)))];
    return `may only contain letters, digits, ".", "_" and "-"; ${JSON.stringify(name)} contains ${offending.map((character) => JSON.stringify(character)).join(', ')}`;
  }
  if (!alphanumeric.test(name.charAt(0)) || !alphanumeric.test(name.charAt(name.length - 1))) {
    return `must start and end with a letter or digit, got ${JSON.stringify(name)}`;
  }
  return undefined;
}

/** Longest base name accepted when the collection name is derived (room is left for the model suffix). */
export const CHROMA_COLLECTION_BASE_NAME_MAX_LENGTH = 400;

/**
 * Checks a base name that `deriveChromaCollectionName` will extend: 1 to 400 characters from
 * `[a-zA-Z0-9._-]`, starting with a letter or digit (the derived suffix ends the name with a digit).
 * @returns `undefined` when the base name is valid, else what is wrong with it (one sentence).
 */
export function validateChromaCollectionBaseName(name: string): string | undefined {
  if (name.length === 0 || name.length > CHROMA_COLLECTION_BASE_NAME_MAX_LENGTH) {
    return `must be 1 to ${CHROMA_COLLECTION_BASE_NAME_MAX_LENGTH} characters long, got ${name.length}`;
  }
  if (!allowedCharacters.test(name)) {
    const offending = [...new Set([...name].filter((character) => !allowedCharacters.test(character)))];
    return `may only contain letters, digits, ".", "_" and "-"; ${JSON.stringify(name)} contains ${offending.map((character) => JSON.stringify(character)).join(', ')}`;
  }
  if (!alphanumeric.test(name.charAt(0))) {
    return `must start with a letter or digit, got ${JSON.stringify(name)}`;
  }
  return undefined;
}
