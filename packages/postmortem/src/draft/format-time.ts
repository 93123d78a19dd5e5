/** `2026-03-04 10:02:31 UTC`: unambiguous, sortable, no locale. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** A duration in milliseconds as `1h 05m`, `4m 30s` or `45s` (negative durations get a leading `-`). */
export function formatDuration(milliseconds: number): string {
  const sign = milliseconds < 0 ? '-' : '';
  const seconds = Math.round(Math.abs(milliseconds) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${sign}${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${sign}${minutes}m ${String(rest).padStart(2, '0')}s`;
  return `${sign}${rest}s`;
}

/** Milliseconds from `from` to `to` (both ISO 8601). */
export function millisecondsBetween(from: string, to: string): number {
  return Date.parse(to) - Date.parse(from);
}
