import type { Redactor } from './create-redactor.js';
import { isPlaceholderSecretValue } from './placeholder-secret-value.js';
import { createRedactionMarkerPattern, redactionMarker } from './redaction-marker.js';
import { isSecretKeyName } from './secret-key-name.js';

/** A flat record of JSON-safe values, such as evidence attributes. */
export type FlatRecord = Readonly<Record<string, string | number | boolean | null>>;

/** The result of {@link redactStringRecord}. */
export interface RedactedRecord {
  /** A new record with the same keys; non-string values are copied unchanged. */
  readonly record: Record<string, string | number | boolean | null>;
  /** Replacements per rule id, including `secret-field`; only rules that fired appear. */
  readonly counts: Readonly<Record<string, number>>;
  /** Sum of `counts`. */
  readonly total: number;
}

/** Rule id counted when a whole value is replaced because its key names a secret. */
const secretFieldRuleId = 'secret-field';
const secretFieldMarker = redactionMarker(secretFieldRuleId);
const markerPattern = createRedactionMarkerPattern();

/**
 * Redacts the string values of a flat record. Never mutates the input.
 *
 * A value whose key names a secret (`password`, `api_key`, `Authorization`, `db.password`,
 * `http.request.header.x-api-key`; see the `secret-assignment` default rule for the exact words) is replaced
 * whole by `[REDACTED:secret-field]` and counted under `secret-field`, because the key already says what the
 * value is, whatever its shape. That happens even when the redactor runs no default rules. Such values are
 * left alone when they hold nothing secret: empty, `true`/`false`/`null`, a mask such as `****`, a variable
 * reference such as `${DB_PASSWORD}`, or only existing markers (so redacting twice changes nothing).
 * Every other string value goes through `redactor`. Numbers, booleans and null are never changed, even under
 * a secret-named key.
 */
export function redactStringRecord(redactor: Redactor, record: FlatRecord): RedactedRecord {
  const entries: [string, string | number | boolean | null][] = [];
  const counts: Record<string, number> = {};
  let total = 0;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string') {
      entries.push([key, value]);
      continue;
    }
    if (isSecretKeyName(key)) {
      const withoutMarkers = value.replace(markerPattern, '');
      if (isPlaceholderSecretValue(withoutMarkers)) {
        entries.push([key, value]);
      } else {
        entries.push([key, secretFieldMarker]);
        mergeCounts(counts, { [secretFieldRuleId]: 1 });
        total += 1;
      }
      continue;
    }
    const outcome = redactor.redact(value);
    entries.push([key, outcome.text]);
    if (outcome.total > 0) {
      mergeCounts(counts, outcome.counts);
      total += outcome.total;
    }
  }
  // fromEntries defines own properties, so a `__proto__` key (JSON.parse makes those) stays a plain key.
  return { record: Object.fromEntries(entries), counts, total };
}

/**
 * Adds every count in `from` to the same key in `into` (missing keys start at 0), for totalling redaction
 * counts across many texts. Mutates `into`; only own properties are read and written, so keys such as
 * `constructor` or `__proto__` behave like any other.
 */
export function mergeCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [ruleId, count] of Object.entries(from)) {
    const previous = Object.hasOwn(into, ruleId) ? (into[ruleId] ?? 0) : 0;
    // defineProperty rather than assignment, which would set the prototype for a `__proto__` key.
    Object.defineProperty(into, ruleId, {
      value: previous + count,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}
