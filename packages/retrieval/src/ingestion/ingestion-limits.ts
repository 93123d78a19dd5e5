/** Default largest document, in characters: bigger ones are skipped (smaller ones are chunked). */
export const DEFAULT_MAX_DOCUMENT_CHARACTERS = 2_000_000;
