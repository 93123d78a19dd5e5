import { createTriagePipeline, type EvidenceInput } from '@triagekit/core';
import { describeAnalyzerV1Conformance, MockCollectorV1 } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { createLogPatternAnalyzer } from './log-pattern-analyzer.js';

const alertStart = Date.parse('2026-03-04T14:30:00Z');
const at = (minutes: number) => new Date(alertStart + minutes * 60_000).toISOString();

function logs(): EvidenceInput[] {
  const items: EvidenceInput[] = [];
  for (let minute = -200; minute < 0; minute += 2) {
    items.push({
      kind: 'log',
      time: at(minute),
      service: 'search',
      severity: 'warning',
      text: `${at(minute)} WARN search.api: slow query took ${800 + minute}ms q_len=${minute % 7}`,
    });
  }
  for (let index = 0; index < 30; index += 1) {
    const time = at(-20 + index / 2);
    items.push({
      kind: 'log',
      time,
      service: 'payments',
      severity: 'error',
      text: `${time.replace('T', ' ').slice(0, 23)} ERROR 1 --- [nio-8080-exec-${index % 9}] c.e.payments.ChargeService : HikariPool-1 - Connection is not available, request timed out after ${30000 + index}ms.\njava.sql.SQLTransientConnectionException: timeout\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)`,
    });
  }
  return items;
}

describe('createLogPatternAnalyzer', () => {
  it('reports mined templates, with headers stripped and variables masked, as error patterns', async () => {
    const { report } = await createTriagePipeline({
      collectors: [new MockCollectorV1({ collectorId: 'logs', evidence: logs() })],
      analyzers: (defaults) =>
        defaults.map((analyzer) =>
          analyzer.analyzerId === 'error-grouping' ? createLogPatternAnalyzer() : analyzer,
        ),
    }).run({
      title: 'PaymentsHighLatency',
      startsAt: new Date(alertStart).toISOString(),
      labels: { service: 'payments' },
    });
    const [hikari, slow] = report.errorPatterns;
    expect(hikari).toMatchObject({
      analyzerId: 'log-patterns',
      count: 30,
      severity: 'error',
      services: ['payments'],
      novel: true,
    });
    expect(hikari?.template).toContain('Connection is not available, request timed out after <*>');
    expect(hikari?.template).not.toContain('nio-8080');
    expect(hikari?.burstScore).toBeGreaterThan(3);
    expect(slow).toMatchObject({ count: 100, severity: 'warning', novel: false });
    expect(slow?.template).toContain('slow query took <*>');
    expect(report.onset?.time).toBe(at(-20));
    expect(
      report.suggestions.some((suggestion) => suggestion.title.includes('Connection is not available')),
    ).toBe(true);
  });
});

describeAnalyzerV1Conformance({
  name: 'log-patterns',
  create: () => createLogPatternAnalyzer(),
});
