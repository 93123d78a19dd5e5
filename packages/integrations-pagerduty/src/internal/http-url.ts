/**
 * `value` as a normalised absolute `http:` or `https:` URL, or `undefined` when it is empty, unparsable or
 * uses another scheme: alert text is untrusted, and a `javascript:` link must never reach a report.
 */
export function httpUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
