import { countTokens } from 'gpt-tokenizer';
import { describe, expect, it } from 'vitest';
import type { PatternStatistics } from '../stats/pattern-statistics.js';
import { packPatterns } from './pack-patterns.js';

const start = Date.parse('2026-03-04T10:00:00Z');

function pattern(index: number, overrides: Partial<PatternStatistics> = {}): PatternStatistics {
  return {
    patternId: `pat_${String(index).padStart(3, '0')}`,
    template: `request <*> finished with code <*> on worker ${index}`,
    count: 100 + index,
    firstSeen: start,
    lastSeen: start + 3_600_000,
    levels: { info: 100 + index },
    severity: 'info',
    services: ['api'],
    buckets: [],
    novel: false,
    burstScore: 1,
    exampleLine: 1000 + index,
    exampleText: `2026-03-04T10:00:00Z INFO request 42 finished with code 200 on worker ${index}`,
    sampleLines: [1000 + index],
    ...overrides,
  };
}

describe('packPatterns', () => {
  const patterns = [
    ...Array.from({ length: 200 }, (_unused, index) => pattern(index)),
    pattern(900, {
      severity: 'error',
      count: 3,
      levels: { error: 3 },
      novel: true,
      exampleLine: 7,
      exampleText: 'ERROR db pool exhausted password=hunter2-secret',
    }),
  ];

  it('never exceeds the budget, and reports exactly which lines it shows', () => {
    for (const budget of [60, 200, 1000, 4000]) {
      const packed = packPatterns(patterns, { budgetTokens: budget });
      expect(packed.tokens).toBe(countTokens(packed.text));
      expect(packed.tokens).toBeLessThanOrEqual(budget);
      for (const line of packed.shownLines) expect(packed.text).toContain(`L${line}: `);
      expect(packed.shownLines.length).toBe(packed.shownPatternIds.length);
    }
  });

  it('shows the severe, novel pattern first, in full, with its example redacted', () => {
    const packed = packPatterns(patterns, { budgetTokens: 300 });
    expect(packed.shownPatternIds[0]).toBe('pat_900');
    expect(packed.text).toContain('#1 ERROR ×3');
    expect(packed.text).toContain(' new');
    expect(packed.text).toContain('request <*> finished'.replace('request', 'request'));
    expect(packed.text).not.toContain('hunter2-secret');
    expect(packed.text).toContain('[REDACTED:');
  });

  it('summarises what did not fit in one closing line', () => {
    const packed = packPatterns(patterns, { budgetTokens: 400 });
    const omittedLines = patterns
      .filter((entry) => !packed.shownPatternIds.includes(entry.patternId))
      .reduce((sum, entry) => sum + entry.count, 0);
    expect(packed.omittedPatterns).toBe(patterns.length - packed.shownPatternIds.length);
    expect(packed.omittedLines).toBe(omittedLines);
    expect(packed.text.trimEnd().split('\n').at(-1)).toBe(
      `… and ${packed.omittedPatterns} more lower-severity patterns, ${omittedLines.toLocaleString('en-US')} records.`,
    );
  });

  it('returns empty text for a budget too small for anything, and handles no patterns', () => {
    expect(packPatterns(patterns, { budgetTokens: 5 })).toMatchObject({
      text: '',
      tokens: 0,
      shownLines: [],
    });
    const empty = packPatterns([], { budgetTokens: 100 });
    expect(empty.shownLines).toEqual([]);
    expect(empty.text).toContain('0 records');
  });

  it('is deterministic', () => {
    expect(packPatterns(patterns, { budgetTokens: 800 })).toEqual(
      packPatterns([...patterns].reverse(), { budgetTokens: 800 }),
    );
  });
});
