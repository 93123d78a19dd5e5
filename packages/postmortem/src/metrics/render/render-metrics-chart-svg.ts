import type { ResponseMetrics } from '../response-metrics.js';
import type { DurationSummary } from '../statistics/summarize-durations.js';
import { escapeXml } from './escape-xml.js';
import { formatSeconds } from './format-metrics-table.js';

const WIDTH = 640;
const HEIGHT = 300;
const PANEL_WIDTH = 300;
const PLOT_TOP = 64;
const PLOT_HEIGHT = 160;
const BAR_WIDTH = 48;
const COLORS = { before: '#94a3b8', after: '#2563eb' } as const;

interface Bar {
  readonly label: string;
  readonly period: 'before' | 'after';
  readonly seconds: number | null;
}

function panel(x: number, title: string, before: DurationSummary, after: DurationSummary): string {
  const bars: Bar[] = [
    { label: 'median', period: 'before', seconds: before.medianSeconds },
    { label: 'median', period: 'after', seconds: after.medianSeconds },
    { label: 'p90', period: 'before', seconds: before.p90Seconds },
    { label: 'p90', period: 'after', seconds: after.p90Seconds },
  ];
  const maximum = Math.max(1, ...bars.map((bar) => bar.seconds ?? 0));
  const baseline = PLOT_TOP + PLOT_HEIGHT;
  const parts = [
    `<text x="${x + PANEL_WIDTH / 2}" y="40" text-anchor="middle" font-weight="600">${escapeXml(title)}</text>`,
    `<line x1="${x}" y1="${baseline}" x2="${x + PANEL_WIDTH}" y2="${baseline}" stroke="#cbd5e1"/>`,
  ];
  bars.forEach((bar, index) => {
    const left = x + 18 + index * 68 + (index >= 2 ? 12 : 0);
    const height = bar.seconds === null ? 0 : Math.max(1, (bar.seconds / maximum) * PLOT_HEIGHT);
    const value = bar.seconds === null ? 'no data' : formatSeconds(bar.seconds);
    parts.push(
      `<rect x="${left}" y="${(baseline - height).toFixed(1)}" width="${BAR_WIDTH}" height="${height.toFixed(1)}" fill="${COLORS[bar.period]}"><title>${escapeXml(`${title}, ${bar.label} ${bar.period}: ${value}`)}</title></rect>`,
      `<text x="${left + BAR_WIDTH / 2}" y="${(baseline - height - 6).toFixed(1)}" text-anchor="middle" font-size="11">${escapeXml(value)}</text>`,
    );
    if (index % 2 === 0) {
      parts.push(
        `<text x="${left + BAR_WIDTH + 10}" y="${baseline + 18}" text-anchor="middle" font-size="12">${bar.label}</text>`,
      );
    }
  });
  return parts.join('');
}

/**
 * A self-contained inline SVG bar chart (no scripts, fonts or external references) of MTTA and MTTR before
 * and after the adoption date: median and p90 side by side, values labelled, the sample-size notes below.
 * Embed it as it is in HTML reports; all text is escaped.
 */
export function renderMetricsChartSvg(metrics: ResponseMetrics): string {
  const { overall } = metrics;
  const title = `MTTA and MTTR before vs after ${metrics.since.slice(0, 10)}`;
  const legend = [
    `<rect x="20" y="${HEIGHT - 58}" width="12" height="12" fill="${COLORS.before}"/><text x="38" y="${HEIGHT - 48}" font-size="12">before (n=${overall.before.incidents})</text>`,
    `<rect x="170" y="${HEIGHT - 58}" width="12" height="12" fill="${COLORS.after}"/><text x="188" y="${HEIGHT - 48}" font-size="12">after (n=${overall.after.incidents})</text>`,
  ].join('');
  const notes = [`MTTA: ${overall.mtta.note}`, `MTTR: ${overall.mttr.note}`]
    .map(
      (note, index) =>
        `<text x="20" y="${HEIGHT - 26 + index * 15}" font-size="11" fill="#475569">${escapeXml(note)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, sans-serif" fill="#0f172a">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="20" y="18" font-size="13" fill="#475569">${escapeXml(title)}</text>`,
    panel(10, 'MTTA (created → first ack)', overall.before.mtta, overall.after.mtta),
    panel(WIDTH / 2 + 10, 'MTTR (created → resolved)', overall.before.mttr, overall.after.mttr),
    legend,
    notes,
    '</svg>',
  ].join('');
}
