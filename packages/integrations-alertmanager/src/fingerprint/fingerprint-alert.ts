import { createHash } from 'node:crypto';

/** Length of a fingerprint from {@link fingerprintAlert}, in hex characters (64 bits). */
export const FINGERPRINT_LENGTH = 16;

function byCodePoint(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

/**
 * A stable fingerprint of an alert's labels: 16 hex characters of the SHA-256 of the label pairs sorted by
 * name (by code point, so the result never depends on the locale or on the order the labels came in).
 * Alerts with the same labels share a fingerprint, as in Alertmanager, whose own fingerprints use another
 * hash and so differ from these. An alert without labels gets the fingerprint of the empty set.
 */
export function fingerprintAlert(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(labels).sort(([left], [right]) => byCodePoint(left, right));
  // JSON of [name, value] pairs is unambiguous: no choice of names and values can collide with another.
  return createHash('sha256').update(JSON.stringify(pairs)).digest('hex').slice(0, FINGERPRINT_LENGTH);
}
