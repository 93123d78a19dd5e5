import type { RedactionRule } from '../redaction/redaction-rule.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import type { CollectorV1 } from '../spec/collector-v1.js';
import type { SinkV1 } from '../spec/sink-v1.js';
import type { SummaryOptions } from '../summary/summary-options.js';
import type { WindowOptions } from '../window/resolve-window.js';
import type { SinkRetryOptions } from './deliver-to-sinks.js';
import type { EvidenceLimits } from './evidence-limits.js';
import type { TriageLifecycleListener } from './lifecycle-event.js';
import type { KnowledgeBaseOptions } from './retrieve-runbooks.js';

/**
 * Per-incident limits. Token and dollar limits apply to LLM calls and are checked before each call: a call
 * that would exceed one is not made. Wall time applies to the whole run.
 */
export interface TriageBudget {
  /**
   * Wall time for a run, in milliseconds. Collectors and retrieval get at most the time left (retrieval is
   * skipped once it is used up); local analysis always runs. Default 120,000.
   */
  readonly wallTimeMs?: number;
  /**
   * Most prompt tokens across all LLM calls of one run. The summary context shrinks to fit what is left;
   * when even the smallest does not fit, no call is made. Default: no limit.
   */
  readonly promptTokens?: number;
  /** Most generated tokens across all LLM calls of one run; caps each call's `maxOutputTokens`. Default: no limit. */
  readonly outputTokens?: number;
  /**
   * Most US dollars spent on LLM calls per run. With prices (`summary.pricing` or the provider's `pricing`)
   * the worst case of a call is checked before it is made; without them cost is only accounted afterwards,
   * from what the provider reports. Default: no limit.
   */
  readonly costUsd?: number;
}

/** Options of {@link createTriagePipeline}. Every field is optional; the defaults triage offline. */
export interface TriagePipelineOptions {
  /** Where evidence comes from. Run in parallel, each read-only. */
  readonly collectors?: readonly CollectorV1[];
  /**
   * Analyzers, or a function receiving the default analyzers and returning the list to use (to add,
   * replace or reorder). Default: {@link createDefaultAnalyzers}.
   */
  readonly analyzers?: readonly AnalyzerV1[] | ((defaults: AnalyzerV1[]) => readonly AnalyzerV1[]);
  /** Where finished reports are delivered. */
  readonly sinks?: readonly SinkV1[];
  /** Runbooks and past post-mortems to match against the incident. */
  readonly knowledgeBase?: KnowledgeBaseOptions;
  /**
   * An LLM that writes a cited summary on top of the deterministic findings. Without it the report is
   * complete and `summary` is `null`.
   */
  readonly summary?: SummaryOptions;
  /** Time window around the alert. Default: 4 hours before to 15 minutes after `startsAt`. */
  readonly window?: WindowOptions;
  /** Most collectors running at once. Default 4. */
  readonly concurrency?: number;
  /** Per-collector timeout in milliseconds. Default 30,000. */
  readonly collectorTimeoutMs?: number;
  /** Evidence caps. */
  readonly limits?: EvidenceLimits;
  /** Extra redaction rules, and whether to keep the defaults (default true). */
  readonly redaction?: { readonly rules?: readonly RedactionRule[]; readonly includeDefaultRules?: boolean };
  readonly budget?: TriageBudget;
  readonly sinkRetry?: SinkRetryOptions;
  /** Progress and telemetry events. */
  readonly onEvent?: TriageLifecycleListener;
  /** Extra package versions to record in provenance, e.g. `{ '@triagekit/cli': '0.1.0' }`. */
  readonly packages?: Readonly<Record<string, string>>;
  /** Clock, for tests. Default `() => new Date()`. */
  readonly clock?: () => Date;
}
