/** Default longest summary of `requestParameters`, in characters. */
export const DEFAULT_REQUEST_PARAMETERS_MAX_LENGTH = 1024;

// Deep enough for EC2's `ipPermissions.items[].ipRanges.items[].cidrIp`; the length cap does the rest.
const maxDepth = 8;
const maxArrayItems = 5;
const maxStringLength = 200;

function shorten(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    return value.length > maxStringLength ? `${value.slice(0, maxStringLength - 1)}…` : value;
  }
  if (Array.isArray(value)) {
    if (depth >= maxDepth) return `[${value.length} items]`;
    const shown = value.slice(0, maxArrayItems).map((item) => shorten(item, depth + 1));
    return value.length > maxArrayItems ? [...shown, `…+${value.length - maxArrayItems} more`] : shown;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (depth >= maxDepth) return `{${entries.length} fields}`;
    return Object.fromEntries(entries.map(([key, item]) => [key, shorten(item, depth + 1)]));
  }
  return value;
}

/**
 * A one-line, size-capped JSON summary of a CloudTrail record's `requestParameters`: strings over 200
 * characters are cut (policy documents, user data), arrays show their first 5 items, objects deeper than 8
 * levels are replaced by a field count, and the whole is cut to `maxLength` characters with `…`.
 * Returns `undefined` for `null`/`undefined` and for empty objects. Never throws.
 */
export function summarizeRequestParameters(
  value: unknown,
  maxLength = DEFAULT_REQUEST_PARAMETERS_MAX_LENGTH,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
  const json = JSON.stringify(shorten(value, 0)) ?? String(value);
  return json.length > maxLength ? `${json.slice(0, Math.max(0, maxLength - 1))}…` : json;
}
