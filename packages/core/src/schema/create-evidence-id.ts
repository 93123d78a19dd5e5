import { fastHash } from '../internal/fast-hash.js';

/**
 * The stable id of an evidence item: `ev_` + a 64-bit hash (non-cryptographic, 16 hex characters) of
 * collector, kind, time, service and text.
 * Identical items from the same collector share an id; the pipeline suffixes repeats (`~2`, `~3`, ...)
 * in input order so ids stay unique and deterministic.
 */
export function createEvidenceId(parts: {
  collectorId: string;
  kind: string;
  time: string;
  service: string | null;
  text: string;
}): string {
  return `ev_${fastHash([parts.collectorId, parts.kind, parts.time, parts.service ?? '', parts.text])}`;
}
