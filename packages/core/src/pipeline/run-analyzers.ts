import { createFindingId } from '../analysis/create-finding-id.js';
import { canonicalJson } from '../internal/canonical-json.js';
import type { Alert } from '../schema/alert.js';
import type { Evidence } from '../schema/evidence.js';
import { type Finding, findingSchema } from '../schema/finding.js';
import type { DegradedSource } from '../schema/triage-report.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import type { TimeWindow } from '../spec/time-window.js';
import { emitSafely, type TriageLifecycleListener } from './lifecycle-event.js';

/**
 * Runs analyzers in order, each seeing the findings before it. A throwing analyzer, an invalid finding
 * or a finding citing unknown evidence is dropped and reported as degraded; the others go on.
 */
export async function runAnalyzers(options: {
  analyzers: readonly AnalyzerV1[];
  alert: Alert;
  window: TimeWindow;
  evidence: readonly Evidence[];
  abortSignal: AbortSignal;
  onEvent: TriageLifecycleListener | undefined;
  now: () => number;
}): Promise<{ findings: Finding[]; degraded: DegradedSource[] }> {
  const evidenceById = new Map(options.evidence.map((item) => [item.id, item]));
  const findings: Finding[] = [];
  const degraded: DegradedSource[] = [];
  for (const analyzer of options.analyzers) {
    options.abortSignal.throwIfAborted();
    const started = options.now();
    const problems: string[] = [];
    try {
      const result = await analyzer.doAnalyze({
        alert: options.alert,
        window: options.window,
        evidence: options.evidence,
        evidenceById,
        findings: [...findings],
        abortSignal: options.abortSignal,
      });
      const seen = new Set<string>();
      for (const input of result.findings) {
        const withIds = {
          ...input,
          analyzerId: input.analyzerId ?? analyzer.analyzerId,
          id: input.id ?? createFindingId(analyzer.analyzerId, [canonicalJson({ ...input, id: undefined })]),
        };
        const parsed = findingSchema.safeParse(withIds);
        if (!parsed.success) {
          problems.push(
            `invalid finding "${String(input.title)}": ${parsed.error.issues[0]?.message ?? 'invalid'}`,
          );
          continue;
        }
        const unknown = parsed.data.evidenceIds.filter((id) => !evidenceById.has(id));
        if (unknown.length > 0) {
          problems.push(
            `finding "${parsed.data.title}" cites unknown evidence ${unknown.slice(0, 3).join(', ')}`,
          );
          continue;
        }
        if (seen.has(parsed.data.id)) continue;
        seen.add(parsed.data.id);
        findings.push(parsed.data);
      }
      problems.push(...(result.warnings ?? []).map(String));
      if (problems.length > 0) {
        degraded.push({
          source: analyzer.analyzerId,
          stage: 'analyze',
          status: 'partial',
          message: problems.join(' | '),
          errorName: null,
          durationMs: options.now() - started,
        });
      }
    } catch (error) {
      if (options.abortSignal.aborted) throw error;
      emitSafely(options.onEvent, { type: 'analyzer-failed', analyzerId: analyzer.analyzerId, error });
      degraded.push({
        source: analyzer.analyzerId,
        stage: 'analyze',
        status: 'failed',
        message: `${error instanceof Error ? error.message : String(error)} — its findings are missing from this report.`,
        errorName: error instanceof Error ? error.name : null,
        durationMs: options.now() - started,
      });
    }
  }
  return { findings, degraded };
}
