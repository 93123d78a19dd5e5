import { describe, expect, it } from 'vitest';
import { shouldSwitchToEventNames } from './should-switch-to-event-names.js';

const hour = 3_600_000;
const base = { startMs: 0, endMs: 4 * hour, eventNameCount: 10, pagesLeft: 39 };

describe('shouldSwitchToEventNames', () => {
  it('switches when the rest of the window would take more pages than there are names', () => {
    // One page covered 5 minutes of 4 hours: about 47 more pages against 10 name lookups.
    expect(shouldSwitchToEventNames({ ...base, pagesRead: 1, oldestMs: base.endMs - hour / 12 })).toBe(true);
  });

  it('keeps reading write events when that is cheaper', () => {
    // One page covered an hour: about 3 more pages.
    expect(shouldSwitchToEventNames({ ...base, pagesRead: 1, oldestMs: base.endMs - hour })).toBe(false);
  });

  it('does not switch when the name lookups would not fit in the pages left', () => {
    expect(
      shouldSwitchToEventNames({
        ...base,
        pagesRead: 1,
        oldestMs: base.endMs - hour / 12,
        eventNameCount: 40,
      }),
    ).toBe(false);
  });

  it('treats a page of events all in the same second as infinitely dense', () => {
    expect(shouldSwitchToEventNames({ ...base, pagesRead: 1, oldestMs: base.endMs })).toBe(true);
  });

  it('never switches without names or once the window start is reached', () => {
    expect(shouldSwitchToEventNames({ ...base, pagesRead: 1, oldestMs: base.endMs, eventNameCount: 0 })).toBe(
      false,
    );
    expect(shouldSwitchToEventNames({ ...base, pagesRead: 9, oldestMs: 0 })).toBe(false);
  });
});
