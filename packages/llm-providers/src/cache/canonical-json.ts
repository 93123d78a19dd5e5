/**
 * JSON with object keys sorted at every level and `undefined` members left out, so that two equal values
 * always give the same text (and the same hash) whatever order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (typeof member !== 'object' || member === null || Array.isArray(member)) return member;
    return Object.fromEntries(
      Object.keys(member)
        .sort()
        .map((key) => [key, (member as Record<string, unknown>)[key]]),
    );
  });
}
