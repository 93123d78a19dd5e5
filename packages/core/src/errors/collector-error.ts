import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.collector';
const symbol = Symbol.for(marker);

/** A collector failed to return any usable evidence. The pipeline records it as a degraded source. */
export class CollectorError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;
  readonly collectorId: string;

  constructor(options: { collectorId: string; message: string; cause?: unknown }) {
    super({ name: 'TriageCollectorError', message: options.message, cause: options.cause });
    this.collectorId = options.collectorId;
  }

  static override isInstance(error: unknown): error is CollectorError {
    return TriageError.hasMarker(error, marker);
  }
}
