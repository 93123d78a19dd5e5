/**
 * JSON text of `value` with object keys sorted and `undefined` properties dropped, so two values that are
 * deeply equal produce the same string whatever order their keys were written in. Dates become ISO
 * strings and bigints decimal strings.
 */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value)) ?? 'undefined';
}

function canonicalize(value: unknown): unknown {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  }
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map((item) => canonicalize(item) ?? null);
  if (value instanceof Map) {
    return canonicalize(Object.fromEntries([...value.entries()].map(([key, item]) => [String(key), item])));
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item !== undefined) sorted[key] = canonicalize(item);
    }
    return sorted;
  }
  return value;
}
