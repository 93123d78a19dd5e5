import { describe, expect, it } from 'vitest';
import { getTriageReportJsonSchema, triageReportSchema } from '../index.js';
import { createSampleTriageReport } from '../testing/index.js';

describe('report JSON Schema', () => {
  it('describes every top-level field of the report and marks them required', () => {
    const schema = getTriageReportJsonSchema() as {
      $schema: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.$schema).toContain('2020-12');
    const fields = Object.keys(triageReportSchema.shape).sort();
    expect(Object.keys(schema.properties).sort()).toEqual(fields);
    expect([...schema.required].sort()).toEqual(fields);
  });

  it('pins the report format version and the co-occurrence label', () => {
    const text = JSON.stringify(getTriageReportJsonSchema());
    expect(text).toContain('triagekit.report/v1');
    expect(text).toContain('co-occurring — not proven causal');
  });

  it('accepts a valid report and rejects one whose evidence id is missing', () => {
    const report = createSampleTriageReport();
    expect(triageReportSchema.safeParse(report).success).toBe(true);
    const broken = { ...report, evidence: [{ ...report.evidence[0], id: '' }] };
    const result = triageReportSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['evidence', 0, 'id']);
  });
});
