const separator = /[^\p{L}\p{N}]+/u;

/** Lowercase word tokens of `text`, split on every run of characters that are neither letters nor digits. */
export function tokenizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(separator)
    .filter((token) => token !== '');
}
