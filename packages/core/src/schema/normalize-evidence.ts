import { createEvidenceId } from './create-evidence-id.js';
import { type Evidence, type EvidenceInput, evidenceInputSchema } from './evidence.js';
import { parseOrThrow } from './validate.js';

/**
 * Validates one collector-provided item and fills in `collectorId`, `id` (see {@link createEvidenceId}),
 * `severity` (`unknown`), `service` (`null`), `attributes` and `links`. Times become UTC ISO strings.
 * Throws `InvalidInputError` naming the offending field.
 */
export function normalizeEvidence(input: EvidenceInput, collectorId: string): Evidence {
  const parsed = parseOrThrow(evidenceInputSchema, input, `evidence from collector "${collectorId}"`);
  const time = (parsed.time instanceof Date ? parsed.time : new Date(parsed.time)).toISOString();
  const service = parsed.service ?? null;
  return {
    id: parsed.id ?? createEvidenceId({ collectorId, kind: parsed.kind, time, service, text: parsed.text }),
    kind: parsed.kind,
    collectorId,
    time,
    service,
    severity: parsed.severity ?? 'unknown',
    text: parsed.text,
    attributes: parsed.attributes ?? {},
    links: parsed.links ?? [],
  };
}
