import { InvalidInputError } from '@triagekit/core';

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The outcome of {@link parseExportTimestamp}: a UTC ISO string, or why the value is not usable. */
export type TimestampParse =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly message: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Checks an IANA time zone name (`Europe/Berlin`, `America/New_York`, `UTC`).
 * @throws InvalidInputError naming the option when the runtime does not know the zone.
 */
export function assertTimeZone(timeZone: string, option = 'timeZone'): string {
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch (error) {
    throw new InvalidInputError({
      source: 'options',
      issues: [
        {
          path: option,
          message: `unknown time zone "${timeZone}"; use an IANA name such as Europe/Berlin or UTC`,
        },
      ],
      cause: error,
    });
  }
}

// Minutes the zone is ahead of UTC at the instant `epochMilliseconds`.
function zoneOffsetMinutes(epochMilliseconds: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMilliseconds))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallClock = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((wallClock - Math.floor(epochMilliseconds / 1000) * 1000) / 60_000);
}

// A wall-clock time in `timeZone` as an instant. Twice, so that a guess on the wrong side of a DST change is
// corrected; a time inside a spring-forward gap lands one hour later, as most schedulers do.
function zonedToEpoch(wallClockAsUtc: number, timeZone: string): number {
  const first = wallClockAsUtc - zoneOffsetMinutes(wallClockAsUtc, timeZone) * 60_000;
  return wallClockAsUtc - zoneOffsetMinutes(first, timeZone) * 60_000;
}

/**
 * Parses a timestamp of an incident export: ISO 8601 / RFC 3339 with an offset (`2026-03-04T10:15:00Z`,
 * `2026-03-04 10:15:00+01:00`, `…-0500`, `… UTC`), or without one when `timeZone` says where it was taken.
 * A bare date (`2026-03-04`) means midnight, in `timeZone` or else UTC. Never throws.
 */
export function parseExportTimestamp(value: string, timeZone?: string): TimestampParse {
  const text = value.trim();
  const match = PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `"${text.slice(0, 60)}" is not an ISO 8601 date-time (expected e.g. 2026-03-04T10:15:00Z)`,
    };
  }
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const numbers = [year, month, day, hour ?? '0', minute ?? '0', second ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const milliseconds = Math.floor(Number(`0.${fraction ?? '0'}`) * 1000);
  const wallClock = Date.UTC(
    numbers[0],
    numbers[1] - 1,
    numbers[2],
    numbers[3],
    numbers[4],
    numbers[5],
    milliseconds,
  );
  const check = new Date(wallClock);
  if (
    check.getUTCMonth() !== numbers[1] - 1 ||
    check.getUTCDate() !== numbers[2] ||
    check.getUTCHours() !== numbers[3] ||
    check.getUTCMinutes() !== numbers[4] ||
    numbers[5] > 59
  ) {
    return { ok: false, message: `"${text}" is not a real date-time` };
  }
  if (zone === undefined || zone === '') {
    if (hour === undefined)
      return {
        ok: true,
        iso: new Date(timeZone ? zonedToEpoch(wallClock, timeZone) : wallClock).toISOString(),
      };
    if (!timeZone) {
      return {
        ok: false,
        message: `"${text}" has no time zone offset; add one (e.g. Z or +01:00) or pass a time zone (--timezone Europe/Berlin)`,
      };
    }
    return { ok: true, iso: new Date(zonedToEpoch(wallClock, timeZone)).toISOString() };
  }
  if (/^(?:Z|UTC)$/i.test(zone)) return { ok: true, iso: check.toISOString() };
  const digits = zone.replace(':', '');
  const offsetMinutes =
    (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0')) * (digits.startsWith('-') ? -1 : 1);
  if (Math.abs(offsetMinutes) > 14 * 60)
    return { ok: false, message: `"${text}" has an offset beyond ±14:00` };
  return { ok: true, iso: new Date(wallClock - offsetMinutes * 60_000).toISOString() };
}
