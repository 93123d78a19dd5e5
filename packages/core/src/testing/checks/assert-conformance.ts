import { ConformanceError } from './conformance-error.js';

/** Throws a {@link ConformanceError} with `message` unless `condition` holds. */
export function assertConformance(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceError(message);
}
