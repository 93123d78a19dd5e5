import { singleLine } from '../internal/single-line.js';

/** Longest title core accepts on an alert. */
const MAX_TITLE_LENGTH = 1024;

/**
 * A one-line title for an Alertmanager alert: `alertname: summary` when both exist, else whichever exists,
 * else the `description` (or the older `message`) annotation, else `Alertmanager alert <fingerprint>`.
 * Newlines are folded and the result is cut to 1024 characters.
 */
export function alertTitle(
  labels: Readonly<Record<string, string>>,
  annotations: Readonly<Record<string, string>>,
  fingerprint: string,
): string {
  const name = labels.alertname?.trim();
  const summary = annotations.summary?.trim();
  const fallback = annotations.description?.trim() || annotations.message?.trim();
  let title: string;
  if (name && summary) title = `${name}: ${summary}`;
  else title = name || summary || fallback || `Alertmanager alert ${fingerprint}`;
  return singleLine(title, MAX_TITLE_LENGTH);
}
