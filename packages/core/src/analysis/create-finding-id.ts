import { stableHash } from '../internal/stable-hash.js';

/** Stable finding id: `fd_` + hash of the analyzer and what the finding is about. */
export function createFindingId(analyzerId: string, key: readonly unknown[]): string {
  return `fd_${stableHash([analyzerId, ...key])}`;
}
