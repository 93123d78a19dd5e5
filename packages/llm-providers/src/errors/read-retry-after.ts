/** Headers as both SDKs expose them on an error. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * The delay a server asked for before the next attempt, in milliseconds: `retry-after-ms` (milliseconds,
 * sent by OpenAI and Anthropic) wins over `retry-after` (delay-seconds such as `1` or `0.5`, or an HTTP date
 * relative to `now`). `undefined` when neither is present or readable.
 */
export function readRetryAfter(headers: HeaderReader | undefined, now: number): number | undefined {
  const milliseconds = headers?.get('retry-after-ms')?.trim();
  if (milliseconds && /^\d+(\.\d+)?$/.test(milliseconds)) return Math.ceil(Number(milliseconds));
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
