import { createEvidenceId } from './create-evidence-id.js';
import { EVIDENCE_KINDS, type Evidence, type EvidenceInput, evidenceInputSchema } from './evidence.js';
import { SEVERITIES } from './severity.js';
import { parseOrThrow } from './validate.js';

const KINDS: ReadonlySet<string> = new Set(EVIDENCE_KINDS);
const SEVERITY_SET: ReadonlySet<string> = new Set(SEVERITIES);
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasFlatValues(record: Record<string, unknown>): boolean {
  for (const key in record) {
    const value = record[key];
    if (
      value !== null &&
      typeof value !== 'string' &&
      typeof value !== 'number' &&
      typeof value !== 'boolean'
    )
      return false;
  }
  return true;
}

/**
 * The common, valid case checked by hand: collectors emit hundreds of thousands of items and a full
 * schema parse per item dominates run time. Anything unusual goes through zod for precise messages.
 */
function isPlainValidInput(input: EvidenceInput): boolean {
  const item = input as Record<string, unknown>;
  return (
    KINDS.has(item.kind as string) &&
    typeof item.text === 'string' &&
    ((typeof item.time === 'string' &&
      ISO_WITH_OFFSET.test(item.time) &&
      !Number.isNaN(Date.parse(item.time))) ||
      (item.time instanceof Date && !Number.isNaN(item.time.getTime()))) &&
    (item.id === undefined || (typeof item.id === 'string' && item.id.length > 0 && item.id.length <= 128)) &&
    (item.service === undefined ||
      item.service === null ||
      (typeof item.service === 'string' && item.service.length > 0 && item.service.length <= 256)) &&
    (item.severity === undefined || SEVERITY_SET.has(item.severity as string)) &&
    (item.attributes === undefined || (isPlainRecord(item.attributes) && hasFlatValues(item.attributes))) &&
    (item.links === undefined || (Array.isArray(item.links) && item.links.length === 0))
  );
}

/**
 * Validates one collector-provided item and fills in `collectorId`, `id` (see {@link createEvidenceId}),
 * `severity` (`unknown`), `service` (`null`), `attributes` and `links`. Times become UTC ISO strings.
 * Throws `InvalidInputError` naming the offending field.
 */
export function normalizeEvidence(input: EvidenceInput, collectorId: string): Evidence {
  const parsed = isPlainValidInput(input)
    ? input
    : parseOrThrow(evidenceInputSchema, input, `evidence from collector "${collectorId}"`);
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
    attributes: parsed.attributes ? { ...parsed.attributes } : {},
    links: parsed.links ? [...parsed.links] : [],
  };
}
