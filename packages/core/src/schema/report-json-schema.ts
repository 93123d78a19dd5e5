import { z } from 'zod';
import { triageReportSchema } from './triage-report.js';

/**
 * The JSON Schema (draft 2020-12) of {@link TriageReport}, for consumers outside TypeScript.
 * Also shipped as `@triagekit/core/report.schema.json`.
 */
export function getTriageReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(triageReportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<
    string,
    unknown
  >;
}
