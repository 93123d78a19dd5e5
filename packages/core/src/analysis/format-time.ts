/** `14:05 UTC` style clock time for finding titles. */
export function formatClockTime(time: string | number): string {
  return `${new Date(time).toISOString().slice(11, 16)} UTC`;
}

/** Human duration in minutes, e.g. `4 min`, `2 h 5 min`, `< 1 min`. */
export function formatMinutes(minutes: number): string {
  const absolute = Math.abs(minutes);
  if (absolute < 1) return '< 1 min';
  const hours = Math.floor(absolute / 60);
  const rest = Math.round(absolute - hours * 60);
  return hours > 0 ? `${hours} h${rest > 0 ? ` ${rest} min` : ''}` : `${rest} min`;
}

/** Samples at most `count` ids evenly, always keeping the first and last. */
export function sampleIds(ids: readonly string[], count: number): string[] {
  if (ids.length <= count) return [...ids];
  if (count <= 1) return ids.slice(0, Math.max(0, count));
  const sampled = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    sampled.add(ids[Math.round((index * (ids.length - 1)) / (count - 1))] as string);
  }
  return [...sampled];
}
