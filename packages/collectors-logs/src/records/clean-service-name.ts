/** Longest service name evidence may carry (the evidence schema's limit). */
const maxServiceLength = 256;

/** `value` trimmed and cut to 256 characters, or `null` when it is missing or blank. */
export function cleanServiceName(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, maxServiceLength) : null;
}
