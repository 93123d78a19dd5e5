import type { Alert } from '../../schema/alert.js';
import type { Evidence } from '../../schema/evidence.js';
import { findingSchema } from '../../schema/finding.js';
import { toInputIssues } from '../../schema/validate.js';
import type { AnalyzerV1, AnalyzerV1AnalyzeOptions, AnalyzerV1Result } from '../../spec/analyzer-v1.js';
import type { TimeWindow } from '../../spec/time-window.js';
import { toCanonicalJson } from '../internal/to-canonical-json.js';
import { assertConformance } from './assert-conformance.js';
import { checkPluginIdentity } from './check-plugin-identity.js';
import { ConformanceError } from './conformance-error.js';

/** The alert, window and evidence every analyzer check analyzes. */
export interface AnalyzerV1CheckInput {
  /** Passed to `doAnalyze` as is. */
  readonly alert: Alert;
  /** Passed to `doAnalyze` as is. */
  readonly window: TimeWindow;
  /** Normalised evidence; passed sorted by time then id, and the only ids findings may cite. */
  readonly evidence: readonly Evidence[];
}

/** Stands in for the `id` the pipeline assigns when an analyzer leaves it out. */
const placeholderFindingId = 'conformance-placeholder-id';

function label(analyzer: AnalyzerV1): string {
  return `analyzer "${String(analyzer.analyzerId)}"`;
}

/** Builds the options the pipeline would pass: evidence ordered by time then id, no earlier findings. */
export function createAnalyzerV1AnalyzeOptions(
  input: AnalyzerV1CheckInput,
  evidence: readonly Evidence[] = input.evidence,
): AnalyzerV1AnalyzeOptions {
  const ordered = [...evidence].sort(
    (left, right) =>
      Date.parse(left.time) - Date.parse(right.time) ||
      (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
  return {
    alert: input.alert,
    window: input.window,
    evidence: ordered,
    evidenceById: new Map(ordered.map((item) => [item.id, item])),
    findings: [],
    abortSignal: new AbortController().signal,
  };
}

async function analyze(
  analyzer: AnalyzerV1,
  input: AnalyzerV1CheckInput,
  evidence?: readonly Evidence[],
): Promise<AnalyzerV1Result> {
  const result = await analyzer.doAnalyze(createAnalyzerV1AnalyzeOptions(input, evidence));
  validateAnalyzerV1Result(analyzer, result);
  return result;
}

/** `specificationVersion` is `'v1'`; `analyzerId` is a non-empty string without whitespace. */
export function checkAnalyzerV1Identity(analyzer: AnalyzerV1): void {
  checkPluginIdentity(analyzer, 'analyzer', [{ key: 'analyzerId' }]);
}

/**
 * `result` is an object with a `findings` array whose items pass `findingSchema` once a missing `id` and
 * `analyzerId` are filled in, and with string `warnings`, if any.
 */
export function validateAnalyzerV1Result(
  analyzer: AnalyzerV1,
  result: unknown,
): asserts result is AnalyzerV1Result {
  assertConformance(
    typeof result === 'object' && result !== null,
    `${label(analyzer)} doAnalyze must return { findings, warnings? }, got ${String(result)}.`,
  );
  const { findings, warnings } = result as Record<string, unknown>;
  assertConformance(Array.isArray(findings), `${label(analyzer)} doAnalyze must return a findings array.`);
  findings.forEach((finding: unknown, index) => {
    const record = (typeof finding === 'object' && finding !== null ? finding : {}) as Record<
      string,
      unknown
    >;
    const completed = {
      ...record,
      id: record.id ?? placeholderFindingId,
      analyzerId: record.analyzerId ?? analyzer.analyzerId,
    };
    const parsed = findingSchema.safeParse(completed);
    if (!parsed.success) {
      const issues = toInputIssues(parsed.error, completed)
        .map((issue) => `${issue.path || '(finding)'}: ${issue.message}`)
        .join('; ');
      assertConformance(
        false,
        `${label(analyzer)} findings[${index}] does not pass findingSchema: ${issues}`,
      );
    }
  });
  assertConformance(
    warnings === undefined ||
      (Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string')),
    `${label(analyzer)} warnings must be an array of strings when present.`,
  );
}

/** Findings for the input evidence are valid (see {@link validateAnalyzerV1Result}). */
export async function checkAnalyzerV1FindingsValid(
  analyzer: AnalyzerV1,
  input: AnalyzerV1CheckInput,
): Promise<void> {
  await analyze(analyzer, input);
}

/** Every evidence id a finding cites is the id of an input evidence item. */
export async function checkAnalyzerV1CitesKnownEvidence(
  analyzer: AnalyzerV1,
  input: AnalyzerV1CheckInput,
): Promise<void> {
  const known = new Set(input.evidence.map((item) => item.id));
  const result = await analyze(analyzer, input);
  result.findings.forEach((finding, index) => {
    const unknown = finding.evidenceIds.filter((id) => !known.has(id));
    assertConformance(
      unknown.length === 0,
      `${label(analyzer)} findings[${index}] cites evidence that does not exist: ${unknown.join(', ')}; ` +
        'cite only ids from options.evidence.',
    );
  });
}

/** The same input twice gives deeply equal findings, in the same order. */
export async function checkAnalyzerV1Deterministic(
  analyzer: AnalyzerV1,
  input: AnalyzerV1CheckInput,
): Promise<void> {
  const first = (await analyze(analyzer, input)).findings.map(toCanonicalJson);
  const second = (await analyze(analyzer, input)).findings.map(toCanonicalJson);
  const differing = first.findIndex((finding, index) => finding !== second[index]);
  assertConformance(
    first.length === second.length && differing === -1,
    `${label(analyzer)} returned different findings for the same input (${first.length} findings, then ` +
      `${second.length}${differing === -1 ? '' : `; first difference at findings[${differing}]`}); analyzers must be deterministic.`,
  );
}

/** No evidence at all is a normal situation: the analyzer must return a valid result, not throw. */
export async function checkAnalyzerV1HandlesEmptyEvidence(
  analyzer: AnalyzerV1,
  input: AnalyzerV1CheckInput,
): Promise<void> {
  try {
    await analyze(analyzer, input, []);
  } catch (error) {
    if (error instanceof ConformanceError) throw error;
    throw new ConformanceError(
      `${label(analyzer)} threw when given no evidence: ${error instanceof Error ? error.message : String(error)}; return { findings: [] } instead.`,
      { cause: error },
    );
  }
}
