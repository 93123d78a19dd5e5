/** Where a Chroma server listens, in the form `ChromaClient` takes. */
export interface ChromaServerAddress {
  readonly host: string;
  readonly port: number;
  readonly ssl: boolean;
  /** The URL as shown in messages: `http://host:port`. */
  readonly url: string;
}

/**
 * Parses a Chroma server URL such as `http://localhost:8000` or `https://chroma.internal`. A URL without a
 * port uses the scheme's default (80 or 443), as any URL would.
 * @returns the address, or what is wrong with the URL (one sentence), for an option issue.
 */
export function parseChromaUrl(url: string): ChromaServerAddress | string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be an absolute http(s) URL such as "http://localhost:8000", got ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `must use http or https, got ${JSON.stringify(parsed.protocol)}`;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'must not carry credentials; pass them in `headers` (e.g. `x-chroma-token` or `Authorization`)';
  }
  // The chromadb client builds request URLs from host and port alone, so a path prefix would be dropped silently.
  if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '') {
    return `must be the server's root (no path, query or fragment): the chromadb client cannot reach a server under a path prefix, got ${JSON.stringify(url)}`;
  }
  const ssl = parsed.protocol === 'https:';
  const port = parsed.port === '' ? (ssl ? 443 : 80) : Number(parsed.port);
  return { host: parsed.hostname, port, ssl, url: `${parsed.protocol}//${parsed.hostname}:${port}` };
}
