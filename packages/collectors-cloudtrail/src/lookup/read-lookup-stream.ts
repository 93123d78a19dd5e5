import type { Event, LookupAttribute } from '@aws-sdk/client-cloudtrail';
import { BudgetExhausted } from './budget-exhausted.js';
import type { EventCounter } from './event-counter.js';
import { LookupFailure } from './lookup-failure.js';
import type { LookupSession, RegionTarget } from './lookup-session.js';
import { sendLookupRequest } from './send-lookup-request.js';

/** LookupEvents returns at most 50 events per page; asking for fewer only adds requests. */
export const LOOKUP_EVENTS_PAGE_SIZE = 50;

/** Why a stream stopped reading. */
export type LookupStreamStop =
  | 'complete'
  | 'max-pages'
  | 'max-events'
  | 'budget'
  | 'failed'
  | 'stopped-early';

/** One paginated lookup: a region, at most one lookup attribute, and a time range. */
export interface LookupStreamOptions {
  readonly target: RegionTarget;
  readonly session: LookupSession;
  readonly counter: EventCounter;
  /** The API accepts one attribute per call; `undefined` reads every management event. */
  readonly attribute: LookupAttribute | undefined;
  /** Inclusive bounds, sent as whole epoch seconds (start rounded down, end rounded up). */
  readonly startTime: Date;
  readonly endTime: Date;
  /** Most pages this stream may read. */
  readonly maxPages: number;
  /** Asked after every page that has a next one; `true` stops the stream there (`stopped-early`). */
  readonly stopAfterPage?: (progress: { pages: number; oldestTime: Date | undefined }) => boolean;
}

/** What a stream read, and why it stopped. */
export interface LookupStreamResult {
  readonly events: Event[];
  readonly pages: number;
  readonly stop: LookupStreamStop;
  /** Set when `stop` is `failed`. */
  readonly failure?: LookupFailure;
  /** The oldest event time read: everything between it and `endTime` was read. */
  readonly oldestTime: Date | undefined;
}

/**
 * Reads one lookup page by page (`NextToken`, 50 events per page, newest first, as CloudTrail returns
 * them) until the last page, `maxPages`, the shared event cap, the time budget, a failure, or
 * `stopAfterPage`. Keeps what it read in every case; rejects only with the caller's abort reason.
 */
export async function readLookupStream(options: LookupStreamOptions): Promise<LookupStreamResult> {
  const events: Event[] = [];
  let pages = 0;
  let oldestTime: Date | undefined;
  let nextToken: string | undefined;
  const finish = (stop: LookupStreamStop, failure?: LookupFailure): LookupStreamResult => ({
    events,
    pages,
    stop,
    oldestTime,
    ...(failure ? { failure } : {}),
  });
  for (;;) {
    if (pages >= options.maxPages) return finish('max-pages');
    if (options.counter.exhausted) return finish('max-events');
    let output: Awaited<ReturnType<typeof sendLookupRequest>>;
    try {
      output = await sendLookupRequest(
        options.target,
        {
          StartTime: new Date(Math.floor(options.startTime.getTime() / 1000) * 1000),
          EndTime: new Date(Math.ceil(options.endTime.getTime() / 1000) * 1000),
          MaxResults: LOOKUP_EVENTS_PAGE_SIZE,
          ...(options.attribute ? { LookupAttributes: [options.attribute] } : {}),
          ...(nextToken ? { NextToken: nextToken } : {}),
        },
        options.session,
      );
    } catch (error) {
      if (error instanceof BudgetExhausted) return finish('budget');
      if (error instanceof LookupFailure) return finish('failed', error);
      throw error;
    }
    pages += 1;
    const page = output.Events ?? [];
    options.counter.read += page.length;
    for (const event of page) {
      events.push(event);
      const time = event.EventTime;
      if (time && !Number.isNaN(time.getTime()) && (!oldestTime || time < oldestTime)) oldestTime = time;
    }
    nextToken = output.NextToken || undefined;
    if (!nextToken) return finish('complete');
    if (options.stopAfterPage?.({ pages, oldestTime })) return finish('stopped-early');
  }
}
