import type { LookupAttribute } from '@aws-sdk/client-cloudtrail';
import type { LookupStreamResult } from './read-lookup-stream.js';

/** One lookup a region plans to make: an attribute and an inclusive time range. */
export interface PlannedLookup {
  readonly attribute: LookupAttribute;
  readonly start: Date;
  readonly end: Date;
}

function describeLookup(lookup: PlannedLookup): string {
  const { AttributeKey, AttributeValue } = lookup.attribute;
  return AttributeKey === 'ReadOnly' ? 'write events' : `events with ${AttributeKey}=${AttributeValue}`;
}

function describeNotStarted(lookups: readonly PlannedLookup[]): string {
  if (lookups.length === 0) return '';
  const shown = lookups.slice(0, 5).map((lookup) => lookup.attribute.AttributeValue);
  const more = lookups.length > 5 ? `, +${lookups.length - 5} more` : '';
  return `; ${lookups.length} further lookup(s) were not made (${shown.join(', ')}${more})`;
}

/**
 * The warning for a region that stopped before reading everything: why (a cap, the time budget, a
 * failure), which part of which lookup was not read (events come newest first, so the older part is the
 * one missing), and which planned lookups were not made.
 */
export function describeStreamStop(options: {
  region: string;
  result: LookupStreamResult;
  lookup: PlannedLookup;
  notStarted: readonly PlannedLookup[];
  pages: number;
  maxPages: number;
  maxEvents: number;
  collectTimeoutMs: number;
}): string {
  const { region, result, lookup } = options;
  const readUntil = result.oldestTime ?? lookup.end;
  const missing =
    `${describeLookup(lookup)} from ${lookup.start.toISOString()} to ${readUntil.toISOString()} were not read` +
    describeNotStarted(options.notStarted);
  switch (result.stop) {
    case 'max-pages':
      return `${region}: stopped after ${options.pages} pages (maxPagesPerRegion ${options.maxPages}); ${missing}.`;
    case 'max-events':
      return `${region}: stopped at ${options.maxEvents} events read in all regions (maxEvents); ${missing}.`;
    case 'budget':
      return `${region}: the time budget of ${options.collectTimeoutMs} ms (collectTimeoutMs) ran out; ${missing}.`;
    default:
      return `${result.failure?.message ?? `${region}: the lookup failed.`} Kept what was read before; ${missing}.`;
  }
}
