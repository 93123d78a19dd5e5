import { describe, expect, it } from 'vitest';
import { UnsupportedSpecificationVersionError } from '../errors/unsupported-specification-version-error.js';
import type { FindingInput } from '../schema/finding.js';
import type { AnalyzerV1, AnalyzerV1AnalyzeOptions } from '../spec/analyzer-v1.js';
import {
  checkAnalyzerV1CitesKnownEvidence,
  checkAnalyzerV1Deterministic,
  checkAnalyzerV1FindingsValid,
  checkAnalyzerV1HandlesEmptyEvidence,
  checkAnalyzerV1Identity,
} from './checks/analyzer-v1-checks.js';
import { ConformanceError } from './checks/conformance-error.js';
import { describeAnalyzerV1Conformance } from './describe-analyzer-v1-conformance.js';
import { createSampleAlert } from './fixtures/sample-alert.js';
import { createSampleEvidence } from './fixtures/sample-evidence.js';
import { createSampleTimeWindow } from './fixtures/sample-time-window.js';

/** Ranks services by how many error or critical items they have; a small, well-behaved analyzer. */
function createErrorCountAnalyzer(): AnalyzerV1 {
  return {
    specificationVersion: 'v1',
    analyzerId: 'error-count',
    doAnalyze({ evidence }: AnalyzerV1AnalyzeOptions) {
      const byService = new Map<string, string[]>();
      for (const item of evidence) {
        if (item.service === null || (item.severity !== 'error' && item.severity !== 'critical')) continue;
        byService.set(item.service, [...(byService.get(item.service) ?? []), item.id]);
      }
      const findings: FindingInput[] = [...byService.entries()]
        .sort(([left], [right]) => (left < right ? -1 : 1))
        .map(([service, evidenceIds]) => ({
          type: 'affected-service',
          title: `${service}: ${evidenceIds.length} errors`,
          evidenceIds,
          service,
          score: evidenceIds.length,
          reasons: [`${evidenceIds.length} error or critical items`],
        }));
      return { findings };
    },
  };
}

function analyzerReturning(findings: (options: AnalyzerV1AnalyzeOptions) => unknown[]): AnalyzerV1 {
  return {
    specificationVersion: 'v1',
    analyzerId: 'broken',
    doAnalyze: (options) => ({ findings: findings(options) as FindingInput[] }),
  };
}

describeAnalyzerV1Conformance({ name: 'an error-count analyzer', create: createErrorCountAnalyzer });

describeAnalyzerV1Conformance({
  name: 'an async analyzer with its own evidence',
  evidence: createSampleEvidence().slice(0, 2),
  create: () => ({
    specificationVersion: 'v1',
    analyzerId: 'first-item',
    async doAnalyze({ evidence }) {
      const first = evidence[0];
      if (first === undefined) return { findings: [], warnings: ['no evidence'] };
      return {
        findings: [{ id: 'fd_first', type: 'observation', title: 'first item', evidenceIds: [first.id] }],
      };
    },
  }),
});

describe('analyzer conformance checks catch broken analyzers', () => {
  const input = {
    alert: createSampleAlert(),
    window: createSampleTimeWindow(),
    evidence: createSampleEvidence(),
  };

  it('rejects an analyzer declaring another specification version', () => {
    const analyzer = { ...createErrorCountAnalyzer(), specificationVersion: 'v2' } as unknown as AnalyzerV1;
    expect(() => checkAnalyzerV1Identity(analyzer)).toThrow(UnsupportedSpecificationVersionError);
  });

  it('rejects findings that do not pass findingSchema', async () => {
    const analyzer = analyzerReturning(({ evidence }) => [
      { type: 'suggestion', title: '', evidenceIds: [evidence[0]?.id], detail: 'x', priority: 0 },
    ]);
    await expect(checkAnalyzerV1FindingsValid(analyzer, input)).rejects.toThrow(
      /findings\[0\] does not pass findingSchema: title: .*priority: /,
    );
  });

  it('rejects a finding citing no evidence at all', async () => {
    const analyzer = analyzerReturning(() => [{ type: 'observation', title: 'vague', evidenceIds: [] }]);
    await expect(checkAnalyzerV1FindingsValid(analyzer, input)).rejects.toThrow(
      'must cite at least one evidence id',
    );
  });

  it('rejects a result without a findings array', async () => {
    const analyzer = { ...createErrorCountAnalyzer(), doAnalyze: () => ({}) } as unknown as AnalyzerV1;
    await expect(checkAnalyzerV1FindingsValid(analyzer, input)).rejects.toThrow(ConformanceError);
  });

  it('rejects citations of evidence that does not exist', async () => {
    const analyzer = analyzerReturning(() => [
      { type: 'observation', title: 'made up', evidenceIds: ['ev_deploy_payments_api', 'ev_invented'] },
    ]);
    await expect(checkAnalyzerV1CitesKnownEvidence(analyzer, input)).rejects.toThrow(
      'cites evidence that does not exist: ev_invented',
    );
  });

  it('rejects an analyzer whose findings change between identical runs', async () => {
    let runs = 0;
    const analyzer = analyzerReturning(({ evidence }) => {
      runs += 1;
      return [{ type: 'observation', title: `run ${runs}`, evidenceIds: [evidence[0]?.id] }];
    });
    await expect(checkAnalyzerV1Deterministic(analyzer, input)).rejects.toThrow(
      'first difference at findings[0]',
    );
  });

  it('rejects an analyzer that throws when there is no evidence', async () => {
    const analyzer = analyzerReturning(({ evidence }) => {
      if (evidence[0] === undefined) throw new TypeError('cannot read evidence[0]');
      return [];
    });
    await expect(checkAnalyzerV1HandlesEmptyEvidence(analyzer, input)).rejects.toThrow(
      'threw when given no evidence: cannot read evidence[0]',
    );
  });
});
