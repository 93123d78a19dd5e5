/** The report's only stylesheet, inlined so the file renders with no network. Light and dark aware. */
export const REPORT_HTML_STYLES = `
:root { color-scheme: light dark; --fg: #1d232b; --muted: #5d6875; --bg: #ffffff; --card: #f5f7fa; --line: #d8dee6;
  --accent: #2458d3; --critical: #b3261e; --error: #d0481f; --warning: #b7791f; --info: #4a6fa5; --change: #7b3fd1; }
@media (prefers-color-scheme: dark) { :root { --fg: #e4e8ee; --muted: #9aa5b1; --bg: #14181d; --card: #1c2229;
  --line: #2f3843; --accent: #7aa2ff; --change: #b48cff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.2em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta, .note, .more { color: var(--muted); font-size: 0.9em; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.8em; font-weight: 600; color: #fff; background: var(--info); }
.badge.critical { background: var(--critical); } .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.answers { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 12px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; overflow-x: auto; }
.card h2 { border: 0; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-word; }
a { color: var(--accent); } a.cite { font: 0.8em ui-monospace, monospace; text-decoration: none; }
.co-occurring { color: var(--change); font-weight: 600; }
.timeline-chart { width: 100%; height: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
.timeline-chart .lane { stroke: var(--line); } .timeline-chart .tick { stroke: var(--line); stroke-dasharray: 2 4; }
.timeline-chart text { fill: var(--muted); font-size: 11px; }
.timeline-chart .mark-change { fill: var(--change); opacity: 0.75; } .timeline-chart .mark-change.affected { opacity: 1; stroke: var(--fg); }
.timeline-chart .mark-pattern, .timeline-chart .mark-event { fill: var(--info); }
.timeline-chart .severity-critical { fill: var(--critical); } .timeline-chart .severity-error { fill: var(--error); }
.timeline-chart .severity-warning { fill: var(--warning); }
.timeline-chart .alert-line { stroke: var(--critical); stroke-width: 2; } .timeline-chart .alert-label { fill: var(--critical); font-weight: 600; }
.timeline-chart .onset { stroke: var(--fg); stroke-dasharray: 5 3; }
.legend span { margin-right: 16px; }
details { margin: 6px 0; } summary { cursor: pointer; }
pre.evidence { white-space: pre-wrap; word-break: break-word; margin: 4px 0 12px; padding: 8px; background: var(--card); border-radius: 6px; }
`;
