/**
 * JSON with object keys sorted at every level and `undefined` members left out, so that two values with the
 * same content compare equal whatever order their keys were built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || item instanceof Date) return item;
    const record = item as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}
