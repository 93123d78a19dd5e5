import type { EvidenceInput } from '../schema/evidence.js';
import type { CollectorV1, CollectorV1CollectOptions, CollectorV1Result } from '../spec/collector-v1.js';
import { abortableWait } from './internal/abortable-wait.js';

/** Options of {@link MockCollectorV1}. Every option is optional; the default collector returns nothing. */
export interface MockCollectorV1Options {
  /** Default `'mock'`. */
  readonly collectorId?: string;
  /** One line for progress output. Default: none. */
  readonly description?: string;
  /**
   * Evidence to return, or a function computing it from each call's options (e.g. to place items inside
   * the requested window). Returned exactly as given, not cut to `maxItems`, so tests can exercise the
   * pipeline's caps and validation. Default: no evidence.
   */
  readonly evidence?:
    | readonly EvidenceInput[]
    | ((options: CollectorV1CollectOptions) => readonly EvidenceInput[]);
  /** Warnings to return with the evidence. Default: none. */
  readonly warnings?: readonly string[];
  /** Thrown (as a rejection) from `doCollect` after any delay, instead of returning evidence. */
  readonly error?: Error;
  /** Milliseconds to wait before answering. Default 0. */
  readonly delayMs?: number;
  /** Never answer; the call only settles, by rejecting, when its AbortSignal aborts. Default `false`. */
  readonly hang?: boolean;
  /**
   * Behave badly and ignore the AbortSignal: delays run to the end, and with `hang` the call never
   * settles at all. For testing the pipeline's own timeouts. Default `false`.
   */
  readonly ignoreAbort?: boolean;
}

/**
 * A configurable {@link CollectorV1} for tests: returns fixed evidence, fails, waits or hangs, and records
 * every call. Unless `ignoreAbort` is set it rejects with the signal's reason as soon as the call's
 * AbortSignal aborts, including when it was aborted before the call.
 */
export class MockCollectorV1 implements CollectorV1 {
  /** Always `'v1'`. */
  readonly specificationVersion = 'v1' as const;
  /** From the options; default `'mock'`. */
  readonly collectorId: string;
  /** From the options; `undefined` unless given. */
  readonly description: string | undefined;
  /** The options of every `doCollect` call, oldest first, including calls that failed or were aborted. */
  readonly calls: CollectorV1CollectOptions[] = [];
  readonly #options: MockCollectorV1Options;

  /** @param options - see {@link MockCollectorV1Options}. */
  constructor(options: MockCollectorV1Options = {}) {
    this.#options = options;
    this.collectorId = options.collectorId ?? 'mock';
    this.description = options.description;
  }

  /**
   * Records the call, waits as configured, then throws the configured error or returns the configured
   * evidence and warnings (copied, so callers cannot change what later calls return).
   */
  async doCollect(options: CollectorV1CollectOptions): Promise<CollectorV1Result> {
    this.calls.push(options);
    const { delayMs = 0, hang = false, ignoreAbort = false } = this.#options;
    const signal = ignoreAbort ? undefined : options.abortSignal;
    signal?.throwIfAborted();
    if (hang) {
      await (signal === undefined
        ? new Promise<never>(() => {})
        : abortableWait(Number.POSITIVE_INFINITY, signal));
    } else if (delayMs > 0) {
      await abortableWait(delayMs, signal);
    }
    if (this.#options.error !== undefined) throw this.#options.error;
    const source = this.#options.evidence ?? [];
    const evidence = typeof source === 'function' ? source(options) : source;
    const warnings = this.#options.warnings;
    return warnings === undefined
      ? { evidence: [...evidence] }
      : { evidence: [...evidence], warnings: [...warnings] };
  }
}
