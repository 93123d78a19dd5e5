/** Oldest Chroma server the `chromadb` 3 client can talk to: 1.0 introduced the v2 HTTP API it uses. */
export const MINIMUM_CHROMA_SERVER_VERSION = '1.0.0';

/**
 * Checks the version a Chroma server reports (`GET /api/v2/version`, e.g. `"1.0.0"`).
 * @returns `undefined` when the server is new enough or its version cannot be read (a build with an unusual
 * version string is given the benefit of the doubt); else what is wrong, for an error message.
 */
export function checkChromaServerVersion(version: string): string | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (match === null) return undefined;
  const major = Number(match[1]);
  if (major >= 1) return undefined;
  return `The Chroma server reports version ${version.trim()}, but this adapter (chromadb 3 client) needs ${MINIMUM_CHROMA_SERVER_VERSION} or newer.`;
}
