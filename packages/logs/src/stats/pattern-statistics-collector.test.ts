import { describe, expect, it } from 'vitest';
import { PatternStatisticsCollector } from './pattern-statistics-collector.js';

const minute = 60_000;
const start = Date.parse('2026-03-04T10:00:00Z');

function templates(clusterId: number) {
  return { template: `template ${clusterId}`, patternId: `pat_${clusterId}` };
}

describe('PatternStatisticsCollector', () => {
  it('counts, tracks first/last seen, levels, services and samples', () => {
    const collector = new PatternStatisticsCollector({ bucketMs: 10 * minute, onset: start + 60 * minute });
    for (let index = 0; index < 10; index += 1) {
      collector.observe({
        clusterId: 1,
        time: start + index * 10 * minute,
        level: index === 3 ? 'error' : 'info',
        service: index % 2 ? 'a' : 'b',
        line: index + 1,
        text: `line ${index}`,
      });
    }
    const [pattern] = collector.finish(templates);
    expect(pattern).toMatchObject({
      patternId: 'pat_1',
      count: 10,
      firstSeen: start,
      lastSeen: start + 90 * minute,
      levels: { info: 9, error: 1 },
      severity: 'error',
      services: ['a', 'b'],
      novel: false,
      exampleLine: 1,
      exampleText: 'line 0',
    });
    expect(pattern?.buckets).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(pattern?.burstScore).toBe(0.5);
    expect(pattern?.sampleLines).toEqual([1, 2, 3, 4, 10]);
  });

  it('marks patterns absent from the baseline as novel and scores bursts', () => {
    const collector = new PatternStatisticsCollector({ bucketMs: minute, onset: start + 30 * minute });
    for (let index = 0; index < 60; index += 1)
      collector.observe({
        clusterId: 1,
        time: start + index * minute,
        level: 'info',
        service: null,
        line: index + 1,
        text: 'steady',
      });
    for (let index = 0; index < 50; index += 1)
      collector.observe({
        clusterId: 2,
        time: start + 45 * minute + index,
        level: 'error',
        service: null,
        line: 100 + index,
        text: 'burst',
      });
    const byId = new Map(collector.finish(templates).map((pattern) => [pattern.patternId, pattern]));
    expect(byId.get('pat_2')).toMatchObject({ novel: true, count: 50 });
    expect(byId.get('pat_2')?.burstScore).toBe(50);
    expect(byId.get('pat_1')).toMatchObject({ novel: false, burstScore: 0.5 });
  });

  it('merges clusters that end with the same template, and orders by severity then count', () => {
    const collector = new PatternStatisticsCollector();
    collector.observe({ clusterId: 1, time: null, level: 'warning', service: null, line: 1, text: 'x' });
    collector.observe({ clusterId: 2, time: null, level: 'warning', service: null, line: 2, text: 'y' });
    collector.observe({ clusterId: 3, time: null, level: null, service: null, line: 3, text: 'z' });
    collector.observe({ clusterId: 4, time: null, level: 'critical', service: null, line: 4, text: 'w' });
    const patterns = collector.finish((clusterId) =>
      clusterId <= 2 ? { template: 'same', patternId: 'pat_same' } : templates(clusterId),
    );
    expect(patterns.map((pattern) => [pattern.patternId, pattern.count, pattern.severity])).toEqual([
      ['pat_4', 1, 'critical'],
      ['pat_same', 2, 'warning'],
      ['pat_3', 1, 'unknown'],
    ]);
    expect(patterns[1]?.buckets).toEqual([]);
    expect(patterns[1]?.novel).toBe(false);
  });

  it('keeps memory bounded per pattern by sampling times', () => {
    const collector = new PatternStatisticsCollector({ maxTimesPerPattern: 100, bucketMs: minute });
    for (let index = 0; index < 10_000; index += 1)
      collector.observe({
        clusterId: 1,
        time: start + (index % 10) * minute,
        level: 'info',
        service: null,
        line: index + 1,
        text: 'x',
      });
    const [pattern] = collector.finish(templates);
    expect(pattern?.count).toBe(10_000);
    expect(pattern?.buckets.reduce((sum, value) => sum + value, 0)).toBe(10_000);
  });
});
