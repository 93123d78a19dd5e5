/**
 * `base` joined with `path`, without query string, fragment or credentials: safe to put in messages and
 * errors (query parameters and user info may carry keys).
 */
export function describeUrl(base: string, path = ''): string {
  try {
    const url = new URL(base);
    const pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
    return `${url.origin}${pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
