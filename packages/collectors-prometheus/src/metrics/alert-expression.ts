import type { Alert } from '@triagekit/core';

/**
 * The PromQL expression behind an alert, when the alert carries it: Prometheus puts it in the
 * `generatorURL` (`.../graph?g0.expr=...`), which Alertmanager intake stores as the alert's `url`; rule
 * authors sometimes add it as an `expr`/`query` annotation. Returns undefined when none is known.
 */
export function alertExpression(alert: Alert): string | undefined {
  for (const key of ['expr', 'query', 'promql']) {
    const value = alert.annotations[key];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  if (alert.url === undefined) return undefined;
  try {
    const expression = new URL(alert.url).searchParams.get('g0.expr');
    return expression === null || expression.trim() === '' ? undefined : expression.trim();
  } catch {
    return undefined;
  }
}

/**
 * Removes the comparison that turns a PromQL alert condition into a boolean (`rate(x[5m]) > 0.05` →
 * `rate(x[5m])`), so the range query shows the underlying signal rather than only the firing samples.
 * Returns the threshold too, when it is a plain number. Leaves expressions with `and`/`or`/`unless`
 * or `bool` alone.
 */
export function splitAlertCondition(expression: string): {
  query: string;
  threshold?: number;
  direction?: 'up' | 'down';
} {
  if (/\b(and|or|unless|bool)\b/.test(expression)) return { query: expression };
  const match = /^(.*?)\s*(>=|<=|>|<|==|!=)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/is.exec(expression);
  if (match === null) return { query: expression };
  const [, query = expression, operator, value] = match;
  if (operator === '==' || operator === '!=') return { query: expression };
  return {
    query: query.trim(),
    threshold: Number(value),
    direction: operator === '>' || operator === '>=' ? 'up' : 'down',
  };
}
