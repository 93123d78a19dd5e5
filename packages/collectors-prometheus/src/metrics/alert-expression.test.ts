import { normalizeAlert } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { alertExpression, splitAlertCondition } from './alert-expression.js';

describe('alertExpression', () => {
  it('reads the expression from a Prometheus generator URL', () => {
    const url = `http://prometheus:9090/graph?g0.expr=${encodeURIComponent('rate(errors_total[5m]) > 0.5')}&g0.tab=1`;
    expect(alertExpression(normalizeAlert({ title: 'A', startsAt: '2026-03-04T10:00:00Z', url }))).toBe(
      'rate(errors_total[5m]) > 0.5',
    );
  });

  it('prefers an expr annotation and returns undefined when nothing is known', () => {
    const annotated = normalizeAlert({
      title: 'A',
      startsAt: '2026-03-04T10:00:00Z',
      annotations: { expr: 'up == 0' },
    });
    expect(alertExpression(annotated)).toBe('up == 0');
    expect(alertExpression(normalizeAlert({ title: 'A', startsAt: '2026-03-04T10:00:00Z' }))).toBeUndefined();
  });
});

describe('splitAlertCondition', () => {
  it('removes a numeric comparison and keeps its threshold and direction', () => {
    expect(splitAlertCondition('sum(rate(x[5m])) / sum(rate(y[5m])) > 0.05')).toEqual({
      query: 'sum(rate(x[5m])) / sum(rate(y[5m]))',
      threshold: 0.05,
      direction: 'up',
    });
    expect(splitAlertCondition('avg(node_filesystem_avail_bytes) < 1e9')).toEqual({
      query: 'avg(node_filesystem_avail_bytes)',
      threshold: 1e9,
      direction: 'down',
    });
  });

  it('leaves equality, set operators and non-numeric comparisons alone', () => {
    for (const expression of ['up == 0', 'a > 1 and b > 2', 'a > bool 1', 'a > b']) {
      expect(splitAlertCondition(expression)).toEqual({ query: expression });
    }
  });
});
