import type { ResponseMetrics } from '../response-metrics.js';
import { escapeXml } from './escape-xml.js';
import { formatMetricsTable } from './format-metrics-table.js';
import { renderMetricsChartSvg } from './render-metrics-chart-svg.js';

/**
 * A self-contained HTML page (inline CSS and SVG, no scripts or external references) with the chart of
 * {@link renderMetricsChartSvg} and the table of `formatMetricsTable`.
 */
export function renderMetricsHtml(metrics: ResponseMetrics, options: { title?: string } = {}): string {
  const title = options.title ?? 'Incident response metrics';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #0f172a; padding: 0 1rem; }
pre { background: #f8fafc; border: 1px solid #e2e8f0; padding: 1rem; overflow-x: auto; font-size: 0.85rem; }
</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
<figure>${renderMetricsChartSvg(metrics)}</figure>
<pre>${escapeXml(formatMetricsTable(metrics))}</pre>
</body>
</html>
`;
}
