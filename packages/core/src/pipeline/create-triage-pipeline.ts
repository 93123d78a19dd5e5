import { serviceFromAlertLabels } from '../analysis/affected-services-analyzer.js';
import { ALERT_EVIDENCE_COLLECTOR_ID } from '../analysis/alert-evidence.js';
import { createDefaultAnalyzers } from '../analysis/default-analyzers.js';
import { AbortedError } from '../errors/aborted-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { canonicalJson } from '../internal/canonical-json.js';
import { stableHash } from '../internal/stable-hash.js';
import { createRedactor, type Redactor } from '../redaction/create-redactor.js';
import { mergeCounts } from '../redaction/redact-record.js';
import type { Alert, AlertInput } from '../schema/alert.js';
import type { Evidence } from '../schema/evidence.js';
import { normalizeAlert } from '../schema/normalize-alert.js';
import { normalizeEvidence } from '../schema/normalize-evidence.js';
import type { DegradedSource, TriageReport } from '../schema/triage-report.js';
import { assertSpecificationVersion } from '../spec/assert-specification-version.js';
import { detectPromptInjection } from '../summary/detect-prompt-injection.js';
import { runSummaryStep } from '../summary/run-summary-step.js';
import { validateSummaryOptions } from '../summary/validate-summary-options.js';
import { CORE_VERSION } from '../version.js';
import { resolveWindow } from '../window/resolve-window.js';
import { assembleReport } from './assemble-report.js';
import { collectEvidence, degradedSourcesFromOutcomes } from './collect-evidence.js';
import { deliverToSinks, type SinkDelivery } from './deliver-to-sinks.js';
import { DEFAULT_EVIDENCE_LIMITS } from './evidence-limits.js';
import { emitSafely, type TriageStage } from './lifecycle-event.js';
import { prepareEvidence } from './prepare-evidence.js';
import { buildRetrievalQuery, toRetrievalResult } from './retrieve-runbooks.js';
import { runAnalyzers } from './run-analyzers.js';
import { runWithDeadline } from './run-with-deadline.js';
import type { TriagePipelineOptions } from './triage-pipeline-options.js';

/** What one run produces. */
export interface TriageRunResult {
  readonly report: TriageReport;
  /** Delivery outcome per sink. */
  readonly deliveries: readonly SinkDelivery[];
  /** All evidence that entered analysis (redacted, capped), e.g. for recording an incident bundle. */
  readonly evidence: readonly Evidence[];
}

/** A configured pipeline. Reusable: `run` may be called many times, also concurrently. */
export interface TriagePipeline {
  /**
   * Triages one alert. Failing, slow or forbidden collectors become degraded-source entries; a report is
   * always produced unless the caller aborts (then it rejects with `AbortedError`) or the alert is invalid
   * (then it rejects with `InvalidInputError` naming the field).
   */
  run(alert: AlertInput | Alert, options?: { readonly abortSignal?: AbortSignal }): Promise<TriageRunResult>;
  /** Shuts every sink down. Final. */
  shutdown(): Promise<void>;
}

function validateOptions(options: TriagePipelineOptions): void {
  const issues: { path: string; message: string }[] = [];
  const ids = new Set<string>();
  (options.collectors ?? []).forEach((collector, index) => {
    assertSpecificationVersion(collector, 'Collector', 'collectorId');
    if (typeof collector.collectorId !== 'string' || collector.collectorId.trim() === '') {
      issues.push({ path: `collectors.${index}.collectorId`, message: 'must be a non-empty string' });
    } else if (ids.has(collector.collectorId)) {
      issues.push({
        path: `collectors.${index}.collectorId`,
        message: `"${collector.collectorId}" is used twice; ids must be unique`,
      });
    } else if (collector.collectorId === ALERT_EVIDENCE_COLLECTOR_ID) {
      issues.push({
        path: `collectors.${index}.collectorId`,
        message: `"${ALERT_EVIDENCE_COLLECTOR_ID}" is reserved for the alert itself`,
      });
    }
    ids.add(collector.collectorId);
  });
  for (const sink of options.sinks ?? []) assertSpecificationVersion(sink, 'Sink', 'sinkId');
  if (options.knowledgeBase)
    assertSpecificationVersion(options.knowledgeBase.store, 'Vector store', 'storeId');
  const positive: [string, number | undefined][] = [
    ['concurrency', options.concurrency],
    ['collectorTimeoutMs', options.collectorTimeoutMs],
    ['budget.wallTimeMs', options.budget?.wallTimeMs],
    ['limits.maxItemsPerCollector', options.limits?.maxItemsPerCollector],
    ['limits.maxItemsTotal', options.limits?.maxItemsTotal],
    ['limits.maxTextLength', options.limits?.maxTextLength],
    ['limits.maxAttributeLength', options.limits?.maxAttributeLength],
    ['knowledgeBase.topK', options.knowledgeBase?.topK],
    ['knowledgeBase.timeoutMs', options.knowledgeBase?.timeoutMs],
  ];
  for (const [path, value] of positive) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      issues.push({ path, message: `must be a positive number, got ${String(value)}` });
    }
  }
  // Token and dollar budgets may be 0: that forbids LLM calls while keeping the provider configured.
  const nonNegative: [string, number | undefined][] = [
    ['budget.promptTokens', options.budget?.promptTokens],
    ['budget.outputTokens', options.budget?.outputTokens],
    ['budget.costUsd', options.budget?.costUsd],
  ];
  for (const [path, value] of nonNegative) {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      issues.push({ path, message: `must be a non-negative number, got ${String(value)}` });
    }
  }
  if (options.summary !== undefined) issues.push(...validateSummaryOptions(options.summary));
  if (issues.length > 0) throw new InvalidInputError({ source: 'pipeline options', issues });
}

function redactAlert(alert: Alert, redactor: Redactor, byRule: Record<string, number>): Alert {
  const redact = (text: string) => {
    const outcome = redactor.redact(text);
    mergeCounts(byRule, outcome.counts);
    return outcome.text;
  };
  const redactMap = (map: Record<string, string>) =>
    Object.fromEntries(Object.entries(map).map(([key, value]) => [key, redact(value)]));
  return {
    ...alert,
    title: redact(alert.title),
    labels: redactMap(alert.labels),
    annotations: redactMap(alert.annotations),
    ...(alert.url === undefined ? {} : { url: redact(alert.url) }),
  };
}

function alertToEvidence(alert: Alert): Evidence {
  const lines = [alert.title, alert.annotations.summary, alert.annotations.description].filter(
    (line): line is string => typeof line === 'string' && line.trim() !== '',
  );
  return normalizeEvidence(
    {
      kind: 'alert',
      time: alert.startsAt,
      service: serviceFromAlertLabels(alert.labels),
      severity: alert.severity,
      text: [...new Set(lines)].join('\n'),
      attributes: { source: alert.source, fingerprint: alert.fingerprint, ...alert.labels },
      links: alert.url ? [{ label: 'alert', url: alert.url }] : [],
    },
    ALERT_EVIDENCE_COLLECTOR_ID,
  );
}

/**
 * Creates a triage pipeline: collect (parallel, windowed, per-collector timeout) → redact → analyze
 * (deterministic) → retrieve runbooks → report → deliver to sinks. Validates the options at once and
 * throws `InvalidInputError` / `UnsupportedSpecificationVersionError` on bad configuration.
 *
 * @example
 * const pipeline = createTriagePipeline({ collectors: [myCollector] });
 * const { report } = await pipeline.run({ title: 'High error rate', startsAt: new Date().toISOString() });
 */
export function createTriagePipeline(options: TriagePipelineOptions = {}): TriagePipeline {
  validateOptions(options);
  const collectors = [...(options.collectors ?? [])];
  const defaults = createDefaultAnalyzers();
  const analyzers = [
    ...(typeof options.analyzers === 'function'
      ? options.analyzers(defaults)
      : (options.analyzers ?? defaults)),
  ];
  for (const analyzer of analyzers) assertSpecificationVersion(analyzer, 'Analyzer', 'analyzerId');
  const sinks = [...(options.sinks ?? [])];
  const redactor = createRedactor({
    rules: options.redaction?.rules,
    includeDefaultRules: options.redaction?.includeDefaultRules,
  });
  const limits = { ...DEFAULT_EVIDENCE_LIMITS, ...options.limits };
  const concurrency = options.concurrency ?? 4;
  const collectorTimeoutMs = options.collectorTimeoutMs ?? 30_000;
  const wallTimeMs = options.budget?.wallTimeMs ?? 120_000;
  const clock = options.clock ?? (() => new Date());
  const now = () => performance.now();
  const configHash = `sha256:${stableHash(
    [
      canonicalJson({
        collectors: collectors.map((collector) => collector.collectorId),
        analyzers: analyzers.map((analyzer) => analyzer.analyzerId),
        sinks: sinks.map((sink) => sink.sinkId),
        knowledgeBase: options.knowledgeBase
          ? {
              storeId: options.knowledgeBase.store.storeId,
              topK: options.knowledgeBase.topK ?? 3,
              filter: options.knowledgeBase.filter ?? null,
            }
          : null,
        window: options.window ?? {},
        limits,
        concurrency,
        collectorTimeoutMs,
        budget: options.budget ?? {},
        // Only present with a provider, so configurations without one keep their hash (and report ids).
        ...(options.summary
          ? {
              summary: {
                providerId: options.summary.provider.providerId,
                modelId: options.summary.provider.modelId,
                maxOutputTokens: options.summary.maxOutputTokens ?? null,
                maxPromptTokens: options.summary.maxPromptTokens ?? null,
                temperature: options.summary.temperature ?? null,
                maskIdentifiers: options.summary.maskIdentifiers ?? false,
              },
            }
          : {}),
        redaction: {
          ruleIds: redactor.ruleIds,
          patterns: (options.redaction?.rules ?? []).map(
            (rule) => `${rule.pattern.source}/${rule.pattern.flags}`,
          ),
        },
      }),
    ],
    32,
  )}`;
  let shutDown = false;

  async function run(
    alertInput: AlertInput | Alert,
    runOptions: { abortSignal?: AbortSignal } = {},
  ): Promise<TriageRunResult> {
    if (shutDown)
      throw new InvalidInputError({
        source: 'pipeline',
        issues: [{ path: '', message: 'was shut down; create a new pipeline' }],
      });
    const abortSignal = runOptions.abortSignal ?? new AbortController().signal;
    if (abortSignal.aborted) throw new AbortedError({ operation: 'Triage run', cause: abortSignal.reason });
    const runStarted = now();
    const deadline = runStarted + wallTimeMs;
    const normalized = normalizeAlert(alertInput);
    const window = resolveWindow(normalized, options.window);
    const byRule: Record<string, number> = {};
    const alert = redactAlert(normalized, redactor, byRule);
    emitSafely(options.onEvent, { type: 'run-started', alert, window });
    const stage = async <T>(name: TriageStage, work: () => Promise<T>): Promise<T> => {
      const started = now();
      emitSafely(options.onEvent, { type: 'stage-started', stage: name });
      try {
        return await work();
      } finally {
        emitSafely(options.onEvent, { type: 'stage-finished', stage: name, durationMs: now() - started });
      }
    };
    const guard = (error: unknown): never => {
      if (abortSignal.aborted) throw new AbortedError({ operation: 'Triage run', cause: abortSignal.reason });
      throw error;
    };

    const outcomes = await stage('collect', () =>
      collectEvidence({
        collectors,
        alert,
        window,
        concurrency,
        timeoutMs: Math.max(1, Math.min(collectorTimeoutMs, deadline - now())),
        maxItemsPerCollector: limits.maxItemsPerCollector,
        abortSignal,
        onEvent: options.onEvent,
        now,
      }),
    ).catch(guard);

    const prepared = await stage('redact', async () =>
      prepareEvidence({ outcomes, window, limits, redactor }),
    );
    mergeCounts(byRule, prepared.redaction.byRule);
    const alertEvidence = alertToEvidence(alert);
    const evidence = [...prepared.evidence, alertEvidence].sort((a, b) =>
      a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : 1,
    );
    const degraded: DegradedSource[] = [...degradedSourcesFromOutcomes(outcomes), ...prepared.degraded];

    const analysis = await stage('analyze', () =>
      runAnalyzers({ analyzers, alert, window, evidence, abortSignal, onEvent: options.onEvent, now }),
    ).catch(guard);
    degraded.push(...analysis.degraded);

    let runbooks: TriageReport['runbooks'] = null;
    const knowledgeBase = options.knowledgeBase;
    if (knowledgeBase) {
      await stage('retrieve', async () => {
        const started = now();
        const query = buildRetrievalQuery(alert, analysis.findings);
        const remaining = deadline - now();
        try {
          if (remaining <= 0)
            throw new TimeoutError({
              operation: 'Runbook retrieval',
              timeoutMs: 0,
              hint: 'The run used its whole wall-time budget before this stage.',
            });
          const result = await runWithDeadline(
            (signal) =>
              knowledgeBase.store.doQuery({
                text: query,
                topK: knowledgeBase.topK ?? 3,
                filter: knowledgeBase.filter,
                abortSignal: signal,
              }),
            {
              timeoutMs: Math.min(knowledgeBase.timeoutMs ?? 10_000, remaining),
              parent: abortSignal,
              operation: `Knowledge base "${knowledgeBase.store.storeId}"`,
            },
          );
          runbooks = toRetrievalResult(query, result);
          if (result.warnings && result.warnings.length > 0) {
            degraded.push({
              source: knowledgeBase.store.storeId,
              stage: 'retrieve',
              status: 'partial',
              message: result.warnings.join(' | '),
              errorName: null,
              durationMs: now() - started,
            });
          }
        } catch (error) {
          guard(abortSignal.aborted ? error : null);
          degraded.push({
            source: knowledgeBase.store.storeId,
            stage: 'retrieve',
            status: TimeoutError.isInstance(error) ? 'timed-out' : 'failed',
            message: `${error instanceof Error ? error.message : String(error)} — the report has no runbook matches.`,
            errorName: error instanceof Error ? error.name : null,
            durationMs: now() - started,
          });
        }
      });
    }

    // Always, with or without an LLM: instructions planted in logs are worth a human's attention either way.
    const promptInjection = detectPromptInjection(evidence);
    const evidenceById = new Map(evidence.map((item) => [item.id, item]));
    const redactMessage = (message: string) => {
      const outcome = redactor.redact(message);
      mergeCounts(byRule, outcome.counts);
      return outcome.text;
    };
    const deterministic = assembleReport({
      alert,
      findings: [...analysis.findings, ...promptInjection],
      evidenceById,
      parts: {
        generatedAt: clock().toISOString(),
        window: { start: window.start.toISOString(), end: window.end.toISOString() },
        runbooks,
        summary: null,
        summaryStatus: 'No LLM provider configured: this report is deterministic and complete without one.',
        // Error messages can quote URLs or payloads with credentials in them: they are redacted too.
        degradedSources: degraded.map((source) => ({ ...source, message: redactMessage(source.message) })),
        budget: {
          wallTimeMs: { used: Math.round(now() - runStarted), limit: wallTimeMs },
          promptTokens: { used: 0, limit: options.budget?.promptTokens ?? null },
          outputTokens: { used: 0, limit: options.budget?.outputTokens ?? null },
          costUsd: { used: 0, limit: options.budget?.costUsd ?? null },
          llmCalls: 0,
        },
        redaction: {
          total: Object.values(byRule).reduce((sum, count) => sum + count, 0),
          byRule,
          evidenceItemsRedacted: prepared.redaction.evidenceItemsRedacted,
        },
        stats: prepared.stats,
        provenance: {
          packages: { '@triagekit/core': CORE_VERSION, ...options.packages },
          configHash,
          collectors: collectors.map((collector) => collector.collectorId),
          analyzers: analyzers.map((analyzer) => analyzer.analyzerId),
          window: { start: window.start.toISOString(), end: window.end.toISOString() },
        },
      },
    });
    const summaryOptions = options.summary;
    const report: TriageReport = summaryOptions
      ? await stage('summarize', async () => {
          const step = await runSummaryStep({
            report: deterministic,
            options: summaryOptions,
            budget: options.budget ?? {},
            deadline,
            now,
            abortSignal,
            redactor,
          });
          return {
            ...deterministic,
            summary: step.summary,
            summaryStatus: redactMessage(step.status),
            degradedSources: [
              ...deterministic.degradedSources,
              ...step.degraded.map((source) => ({ ...source, message: redactMessage(source.message) })),
            ],
            budget: {
              ...deterministic.budget,
              wallTimeMs: { used: Math.round(now() - runStarted), limit: wallTimeMs },
              promptTokens: { ...deterministic.budget.promptTokens, used: step.usage.promptTokens },
              outputTokens: { ...deterministic.budget.outputTokens, used: step.usage.outputTokens },
              costUsd: { ...deterministic.budget.costUsd, used: step.usage.costUsd },
              llmCalls: step.usage.calls,
            },
            // Provider error messages were redacted above; count what that removed.
            redaction: {
              ...deterministic.redaction,
              total: Object.values(byRule).reduce((sum, count) => sum + count, 0),
              byRule: { ...byRule },
            },
          };
        }).catch(guard)
      : deterministic;

    const deliveries =
      sinks.length === 0
        ? []
        : await stage('deliver', () =>
            deliverToSinks({
              sinks,
              report,
              retry: options.sinkRetry ?? {},
              abortSignal,
              onEvent: options.onEvent,
            }),
          );
    emitSafely(options.onEvent, { type: 'run-finished', report, durationMs: now() - runStarted });
    return { report, deliveries, evidence };
  }

  return {
    run,
    async shutdown() {
      shutDown = true;
      await Promise.all(
        sinks.map(async (sink) => {
          try {
            await sink.shutdown?.();
          } catch {
            // Shutdown is best effort; a sink failing to close must not block the others.
          }
        }),
      );
    },
  };
}
