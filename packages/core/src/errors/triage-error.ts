const marker = 'triagekit.error';
const symbol = Symbol.for(marker);

/**
 * Base class of every error thrown by triagekit packages.
 *
 * Use {@link TriageError.isInstance} rather than `instanceof`: it also recognises errors thrown by a
 * second copy of `@triagekit/core` in the same process (duplicate installs, bundled plugins).
 */
export class TriageError extends Error {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;

  /**
   * @param options.name - stable error name, e.g. `TriageCollectorError`.
   * @param options.message - what went wrong and what to do about it.
   * @param options.cause - the original error, always passed on when there is one.
   */
  constructor(options: { name: string; message: string; cause?: unknown }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = options.name;
  }

  /** True for any triagekit error, across duplicate package copies. */
  static isInstance(error: unknown): error is TriageError {
    return TriageError.hasMarker(error, marker);
  }

  protected static hasMarker(error: unknown, markerName: string): boolean {
    const markerSymbol = Symbol.for(markerName);
    return (
      typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }
}
