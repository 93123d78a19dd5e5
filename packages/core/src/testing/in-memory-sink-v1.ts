import type { TriageReport } from '../schema/triage-report.js';
import type { SinkV1, SinkV1ExportResult } from '../spec/sink-v1.js';

/** Options of {@link InMemorySinkV1}. */
export interface InMemorySinkV1Options {
  /** Default `'in-memory'`. */
  readonly sinkId?: string;
  /** The first this many attempts fail with `{ ok: false }`, to test the pipeline's retries. Default 0. */
  readonly failTimes?: number;
  /** `retryable` of those simulated failures. Default `true`. */
  readonly retryable?: boolean;
}

/**
 * A {@link SinkV1} that keeps delivered reports in memory, for tests. Like every sink it never throws:
 * an aborted signal, a simulated failure, a report that cannot be copied and any export after
 * `shutdown()` all resolve to `{ ok: false }`.
 */
export class InMemorySinkV1 implements SinkV1 {
  /** Always `'v1'`. */
  readonly specificationVersion = 'v1' as const;
  /** From the options; default `'in-memory'`. */
  readonly sinkId: string;
  /** Copies of the reports delivered successfully, oldest first. */
  readonly reports: TriageReport[] = [];
  readonly #failTimes: number;
  readonly #retryable: boolean;
  #attempts = 0;
  #shutDown = false;

  /** @param options - see {@link InMemorySinkV1Options}. */
  constructor(options: InMemorySinkV1Options = {}) {
    this.sinkId = options.sinkId ?? 'in-memory';
    this.#failTimes = options.failTimes ?? 0;
    this.#retryable = options.retryable ?? true;
  }

  /** Number of `doExport` calls so far, whatever their outcome. */
  get attempts(): number {
    return this.#attempts;
  }

  /** Whether `shutdown()` has been called. */
  get isShutDown(): boolean {
    return this.#shutDown;
  }

  /**
   * Stores a copy of the report, unless shut down, aborted or still within `failTimes`. A successful
   * export's `location` is `memory://<sinkId>/reports/<index in reports>`.
   */
  async doExport(options: {
    readonly report: TriageReport;
    readonly abortSignal?: AbortSignal;
  }): Promise<SinkV1ExportResult> {
    this.#attempts += 1;
    if (this.#shutDown) return { ok: false, retryable: false, message: `sink "${this.sinkId}" is shut down` };
    if (options.abortSignal?.aborted) {
      return { ok: false, retryable: false, message: `export to sink "${this.sinkId}" was aborted` };
    }
    if (this.#attempts <= this.#failTimes) {
      return {
        ok: false,
        retryable: this.#retryable,
        message: `sink "${this.sinkId}" failed attempt ${this.#attempts} (set to fail ${this.#failTimes} times)`,
      };
    }
    try {
      this.reports.push(structuredClone(options.report));
    } catch (error) {
      return {
        ok: false,
        retryable: false,
        message: `sink "${this.sinkId}" could not copy the report: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    return { ok: true, location: `memory://${this.sinkId}/reports/${this.reports.length - 1}` };
  }

  /** Makes every later export fail with `retryable: false`. Idempotent; never rejects. */
  async shutdown(): Promise<void> {
    this.#shutDown = true;
  }
}
