import type { Event, LookupAttribute } from '@aws-sdk/client-cloudtrail';
import type { TimeWindow } from '@triagekit/core';
import { describeStreamStop, type PlannedLookup } from './describe-stream-stop.js';
import type { EventCounter } from './event-counter.js';
import type { LookupFailure } from './lookup-failure.js';
import type { LookupSession, RegionTarget } from './lookup-session.js';
import { readLookupStream } from './read-lookup-stream.js';
import { shouldSwitchToEventNames } from './should-switch-to-event-names.js';

/**
 * How a region is read when no `lookupAttributes` are given:
 * - `auto`: `ReadOnly=false` (every write, newest first); in a busy region, switch to one lookup per event
 *   name for the older part of the window when that is cheaper (see `shouldSwitchToEventNames`);
 * - `write-events`: `ReadOnly=false` only: one stream, all write events, filtered here;
 * - `event-names`: one `EventName` lookup per name: at least one request per name, only those names.
 */
export type LookupStrategy = 'auto' | 'write-events' | 'event-names';

/** What to read in one region. */
export interface RegionCollectOptions {
  readonly target: RegionTarget;
  readonly session: LookupSession;
  readonly counter: EventCounter;
  readonly window: TimeWindow;
  readonly strategy: LookupStrategy;
  readonly eventNames: readonly string[];
  /** User-chosen lookups, each its own stream (the API takes one attribute per call); replaces `strategy`. */
  readonly lookupAttributes: readonly LookupAttribute[] | undefined;
  readonly maxPages: number;
  /** For messages only. */
  readonly collectTimeoutMs: number;
}

/** What one region gave. */
export interface RegionOutcome {
  readonly region: string;
  readonly events: Event[];
  readonly pages: number;
  readonly warnings: string[];
  /** Set when the region gave nothing at all because its first request failed. */
  readonly failure?: LookupFailure;
}

const writeEvents: LookupAttribute = { AttributeKey: 'ReadOnly', AttributeValue: 'false' };

function byEventName(name: string): LookupAttribute {
  return { AttributeKey: 'EventName', AttributeValue: name };
}

function initialLookups(options: RegionCollectOptions): PlannedLookup[] {
  const { start, end } = options.window;
  if (options.lookupAttributes) {
    return options.lookupAttributes.map((attribute) => ({ attribute, start, end }));
  }
  if (options.strategy === 'event-names') {
    return options.eventNames.map((name) => ({ attribute: byEventName(name), start, end }));
  }
  return [{ attribute: writeEvents, start, end }];
}

/**
 * Reads one region, lookup after lookup, within `maxPages` requests. Keeps everything read; a cap, the
 * time budget or a failure after the first page ends the region with a warning naming what was not read.
 * Rejects only with the caller's abort reason.
 */
export async function collectRegion(options: RegionCollectOptions): Promise<RegionOutcome> {
  const { target, window } = options;
  const lookups = initialLookups(options);
  const events: Event[] = [];
  const warnings: string[] = [];
  let pages = 0;
  const auto = !options.lookupAttributes && options.strategy === 'auto';
  for (let index = 0; index < lookups.length; index += 1) {
    const lookup = lookups[index] as PlannedLookup;
    const switchable = auto && index === 0;
    const result = await readLookupStream({
      target,
      session: options.session,
      counter: options.counter,
      attribute: lookup.attribute,
      startTime: lookup.start,
      endTime: lookup.end,
      maxPages: options.maxPages - pages,
      ...(switchable
        ? {
            stopAfterPage: ({ pages: pagesRead, oldestTime }) =>
              oldestTime !== undefined &&
              shouldSwitchToEventNames({
                pagesRead,
                startMs: window.start.getTime(),
                endMs: window.end.getTime(),
                oldestMs: oldestTime.getTime(),
                eventNameCount: options.eventNames.length,
                pagesLeft: options.maxPages - pagesRead,
              }),
          }
        : {}),
    });
    events.push(...result.events);
    pages += result.pages;
    if (result.stop === 'complete') continue;
    if (result.stop === 'stopped-early' && result.oldestTime) {
      const until = result.oldestTime;
      lookups.push(
        ...options.eventNames.map((name) => ({
          attribute: byEventName(name),
          start: window.start,
          end: until,
        })),
      );
      warnings.push(
        `${target.region}: busy region: ${result.pages} page(s) of write events covered only ` +
          `${until.toISOString()} to ${window.end.toISOString()}; the rest of the window was read with one lookup ` +
          `per event name (${options.eventNames.length}), so other write events before ${until.toISOString()} are not included.`,
      );
      continue;
    }
    if (result.stop === 'failed' && result.failure && pages === 0) {
      return { region: target.region, events, pages, warnings, failure: result.failure };
    }
    warnings.push(
      describeStreamStop({
        region: target.region,
        result,
        lookup,
        notStarted: lookups.slice(index + 1),
        pages,
        maxPages: options.maxPages,
        maxEvents: options.counter.limit,
        collectTimeoutMs: options.collectTimeoutMs,
      }),
    );
    break;
  }
  return { region: target.region, events, pages, warnings };
}
