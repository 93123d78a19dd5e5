import type { TriageReport } from '../../schema/triage-report.js';
import { escapeHtml, evidenceAnchor, formatUtc } from './escape-html.js';

/** One mark on the chart. */
interface ChartMark {
  readonly lane: number;
  readonly time: number;
  readonly label: string;
  readonly evidenceId: string | undefined;
  readonly shape: 'diamond' | 'circle';
  readonly className: string;
}

const LANES = ['changes', 'pattern onsets', 'events'] as const;
const WIDTH = 960;
const LEFT = 120;
const RIGHT = 24;
const TOP = 28;
const LANE_HEIGHT = 44;
const MAX_MARKS = 400;

function marksOf(report: TriageReport): ChartMark[] {
  const marks: ChartMark[] = [];
  for (const change of report.changes) {
    marks.push({
      lane: 0,
      time: Date.parse(change.time),
      label: `${formatUtc(change.time)} · ${change.title}`,
      evidenceId: change.evidenceIds[0],
      shape: 'diamond',
      className: change.touchesAffectedService ? 'mark-change affected' : 'mark-change',
    });
  }
  for (const pattern of report.errorPatterns) {
    marks.push({
      lane: 1,
      time: Date.parse(pattern.firstSeen),
      label: `${formatUtc(pattern.firstSeen)} · first seen (${pattern.count}×): ${pattern.template}`,
      evidenceId: pattern.evidenceIds[0],
      shape: 'circle',
      className: `mark-pattern severity-${pattern.severity}`,
    });
  }
  for (const entry of report.timeline) {
    if (entry.entryKind !== 'event' && entry.entryKind !== 'metric' && entry.entryKind !== 'note') continue;
    marks.push({
      lane: 2,
      time: Date.parse(entry.time),
      label: `${formatUtc(entry.time)} · ${entry.title}`,
      evidenceId: entry.evidenceIds[0],
      shape: 'circle',
      className: `mark-event severity-${entry.severity}`,
    });
  }
  return marks.filter((mark) => Number.isFinite(mark.time)).slice(0, MAX_MARKS);
}

function tickTimes(start: number, end: number): number[] {
  const steps = [60_000, 300_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000, 86_400_000];
  const step = steps.find((candidate) => (end - start) / candidate <= 8) ?? 86_400_000;
  const ticks: number[] = [];
  for (let time = Math.ceil(start / step) * step; time <= end; time += step) ticks.push(time);
  return ticks;
}

function shapeSvg(mark: ChartMark, x: number, y: number): string {
  const title = `<title>${escapeHtml(mark.label.slice(0, 300))}</title>`;
  const body =
    mark.shape === 'diamond'
      ? `<path class="${mark.className}" d="M${x} ${y - 8} L${x + 8} ${y} L${x} ${y + 8} L${x - 8} ${y} Z">${title}</path>`
      : `<circle class="${mark.className}" cx="${x}" cy="${y}" r="6">${title}</circle>`;
  return mark.evidenceId === undefined ? body : `<a href="#${evidenceAnchor(mark.evidenceId)}">${body}</a>`;
}

/**
 * An inline SVG that puts changes, pattern onsets, events, the onset and the alert on one time axis.
 * Needs no script and no network. The axis spans every mark plus the alert, padded by 5 %.
 */
export function renderTimelineChartSvg(report: TriageReport): string {
  const marks = marksOf(report);
  const alertTime = Date.parse(report.alert.startsAt);
  const onsetTime = report.onset === null ? undefined : Date.parse(report.onset.time);
  const times = [
    alertTime,
    ...(onsetTime === undefined ? [] : [onsetTime]),
    ...marks.map((mark) => mark.time),
  ];
  const minimum = Math.min(...times);
  const maximum = Math.max(...times);
  const padding = Math.max((maximum - minimum) * 0.05, 60_000);
  const start = minimum - padding;
  const end = maximum + padding;
  const x = (time: number) => LEFT + ((time - start) / (end - start)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + LANES.length * LANE_HEIGHT + 30;
  const axisY = TOP + LANES.length * LANE_HEIGHT;
  const parts: string[] = [];
  LANES.forEach((lane, index) => {
    const y = TOP + index * LANE_HEIGHT + LANE_HEIGHT / 2;
    parts.push(`<line class="lane" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text class="lane-label" x="${LEFT - 10}" y="${y + 4}" text-anchor="end">${lane}</text>`);
  });
  for (const tick of tickTimes(start, end)) {
    const tickX = x(tick).toFixed(1);
    const label = new Date(tick).toISOString().slice(11, 16);
    parts.push(`<line class="tick" x1="${tickX}" x2="${tickX}" y1="${TOP}" y2="${axisY}"/>`);
    parts.push(
      `<text class="tick-label" x="${tickX}" y="${axisY + 16}" text-anchor="middle">${label}</text>`,
    );
  }
  for (const mark of marks) {
    parts.push(
      shapeSvg(mark, Number(x(mark.time).toFixed(1)), TOP + mark.lane * LANE_HEIGHT + LANE_HEIGHT / 2),
    );
  }
  if (onsetTime !== undefined) {
    const onsetX = x(onsetTime).toFixed(1);
    parts.push(
      `<line class="onset" x1="${onsetX}" x2="${onsetX}" y1="${TOP - 12}" y2="${axisY}"><title>onset ${escapeHtml(formatUtc(report.onset?.time ?? ''))}</title></line>`,
      `<text class="onset-label" x="${onsetX}" y="${TOP - 16}" text-anchor="middle">onset</text>`,
    );
  }
  const alertX = x(alertTime).toFixed(1);
  parts.push(
    `<line class="alert-line" x1="${alertX}" x2="${alertX}" y1="${TOP - 12}" y2="${axisY}"><title>alert fired ${escapeHtml(formatUtc(report.alert.startsAt))}</title></line>`,
    `<text class="alert-label" x="${alertX}" y="${TOP - 16}" text-anchor="middle">alert</text>`,
  );
  return `<svg class="timeline-chart" role="img" aria-label="Timeline: changes, pattern onsets and events around the alert" viewBox="0 0 ${WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
