import type { AnalyzerV1, Evidence, FindingInput } from '@triagekit/core';
import { TemplateMiner } from '../mining/template-miner.js';
import { parseLogLine } from '../parsing/parse-log-line.js';
import { PatternStatisticsCollector } from '../stats/pattern-statistics-collector.js';

/** Options of {@link createLogPatternAnalyzer}. */
export interface LogPatternAnalyzerOptions {
  /** Most patterns reported. Default 50. */
  readonly maxPatterns?: number;
  /** Share of the time before the alert that counts as baseline for novelty. Default 0.5. */
  readonly baselineShare?: number;
  /** Evidence ids cited per pattern (first, last and spread between). Default 5. */
  readonly samplesPerPattern?: number;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Mines templates from every log line and event in the evidence (zero-config: headers detected and
 * stripped, variables masked) and reports the warning-or-worse lines of each template as an
 * `error-pattern` finding, with their count, first/last seen, services, novelty (absent from the
 * baseline) and burst score. Replaces core's `error-grouping` analyzer: `analyzers: (defaults) =>
 * defaults.map((analyzer) => analyzer.analyzerId === 'error-grouping' ? createLogPatternAnalyzer() : analyzer)`.
 */
export function createLogPatternAnalyzer(options: LogPatternAnalyzerOptions = {}): AnalyzerV1 {
  const maxPatterns = options.maxPatterns ?? 50;
  const baselineShare = options.baselineShare ?? 0.5;
  const samples = options.samplesPerPattern ?? 5;
  return {
    specificationVersion: 'v1',
    analyzerId: 'log-patterns',
    doAnalyze({ alert, window, evidence }) {
      const alertTime = Date.parse(alert.startsAt);
      const onset = window.start.getTime() + (alertTime - window.start.getTime()) * baselineShare;
      const miner = new TemplateMiner();
      const statistics = new PatternStatisticsCollector({ onset, maxSamples: samples });
      const items: Evidence[] = [];
      for (const item of evidence) {
        if (item.kind !== 'log' && item.kind !== 'event') continue;
        const parsed = parseLogLine(firstLine(item.text));
        const level = item.severity === 'unknown' ? (parsed.level ?? 'unknown') : item.severity;
        // Every line shapes the templates; only warnings and worse are counted, so a template shared by
        // successful and failing requests reports its failures, not its traffic.
        const clusterId = miner.add(
          item.kind === 'event'
            ? `${String(item.attributes.reason ?? '')} ${parsed.message}`
            : parsed.message,
        );
        if (level !== 'critical' && level !== 'error' && level !== 'warning') continue;
        items.push(item);
        statistics.observe({
          clusterId,
          time: Date.parse(item.time),
          level,
          service: item.service ?? parsed.service,
          line: items.length,
          text: item.text,
        });
      }
      const patterns = statistics.finish((clusterId) => ({
        template: miner.template(clusterId),
        patternId: miner.patternId(clusterId),
      }));
      const findings: FindingInput[] = patterns
        .filter(
          (pattern) =>
            pattern.severity === 'critical' || pattern.severity === 'error' || pattern.severity === 'warning',
        )
        .slice(0, maxPatterns)
        .map((pattern) => ({
          type: 'error-pattern',
          title: `${pattern.count}× ${pattern.template.slice(0, 160)}`,
          patternId: pattern.patternId,
          template: pattern.template,
          count: pattern.count,
          firstSeen: new Date(pattern.firstSeen ?? alertTime).toISOString(),
          lastSeen: new Date(pattern.lastSeen ?? alertTime).toISOString(),
          services: [...pattern.services],
          severity: pattern.severity,
          novel: pattern.novel,
          burstScore: pattern.burstScore,
          evidenceIds: pattern.sampleLines.map((line) => (items[line - 1] as Evidence).id),
        }));
      return { findings };
    },
  };
}
