import type { MetricSample } from './baseline-crossing.js';

/** One series of a `query_range` answer. */
export interface RangeSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly samples: readonly MetricSample[];
}

/** Thrown when a Prometheus answer does not have the documented shape. */
export class PrometheusResponseShapeError extends Error {
  override readonly name = 'PrometheusResponseShapeError';
}

/**
 * Reads a `/api/v1/query_range` answer (`{status: "success", data: {resultType: "matrix", result: [{metric,
 * values: [[time, "value"], ...]}]}, warnings?}`). Values are strings in the API (`"NaN"`, `"+Inf"` too).
 */
export function parseRangeResponse(body: unknown): { series: RangeSeries[]; warnings: string[] } {
  const answer = body as {
    status?: unknown;
    data?: { resultType?: unknown; result?: unknown };
    warnings?: unknown;
  };
  if (answer?.status !== 'success' || typeof answer.data !== 'object' || answer.data === null) {
    throw new PrometheusResponseShapeError('expected {"status": "success", "data": {...}}');
  }
  if (answer.data.resultType !== 'matrix' || !Array.isArray(answer.data.result)) {
    throw new PrometheusResponseShapeError(`expected a matrix result, got ${String(answer.data.resultType)}`);
  }
  const series = answer.data.result.map((entry: { metric?: unknown; values?: unknown }, index: number) => {
    if (typeof entry?.metric !== 'object' || !Array.isArray(entry.values)) {
      throw new PrometheusResponseShapeError(`result ${index} has no metric/values`);
    }
    const samples = (entry.values as unknown[]).map((pair) => {
      const [time, value] = pair as [unknown, unknown];
      return { time: Number(time), value: Number(value) };
    });
    return { labels: entry.metric as Record<string, string>, samples };
  });
  const warnings = Array.isArray(answer.warnings) ? answer.warnings.map(String) : [];
  return { series, warnings };
}
