/** One log entry of a Loki stream, with the stream's labels. */
export interface LokiEntry {
  /** Nanoseconds since the epoch, as Loki sent it. */
  readonly timestamp: bigint;
  readonly line: string;
  readonly labels: Readonly<Record<string, string>>;
  /** The labels in LogQL selector syntax, keys sorted: `{app="payments", namespace="shop"}`. */
  readonly stream: string;
}

/** `labels` as a LogQL stream selector, keys sorted so equal label sets give equal strings. */
export function formatStreamSelector(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.keys(labels)
    .sort()
    .map((key) => `${key}=${JSON.stringify(labels[key])}`);
  return `{${pairs.join(', ')}}`;
}

/** Identifies an entry for de-duplication: the same line at the same nanosecond in the same stream. */
export function lokiEntryKey(entry: LokiEntry): string {
  return `${entry.timestamp}\u0000${entry.stream}\u0000${entry.line}`;
}
