import { fixtureAlert, fixtureChanges, fixtureLogs } from '../../__fixtures__/incident-fixture.js';
import type { EvidenceInput } from '../../schema/evidence.js';
import type { LlmProviderV1GenerateOptions } from '../../spec/llm-provider-v1.js';
import { MockCollectorV1 } from '../../testing/mock-collector-v1.js';
import { splitPrompt } from './split-prompt.js';

export { fixtureAlert };

/** The fixture incident's collectors (inventory pool errors, checkout timeouts, four changes), plus `extra`. */
export function scenarioCollectors(extra: readonly EvidenceInput[] = []): MockCollectorV1[] {
  return [
    new MockCollectorV1({ collectorId: 'logs', evidence: [...fixtureLogs(), ...extra] }),
    new MockCollectorV1({ collectorId: 'changes', evidence: fixtureChanges() }),
  ];
}

/** Ids shown to the model in a recorded call, by block kind: finding type or evidence kind. */
export function shownIds(call: LlmProviderV1GenerateOptions): {
  findings: Map<string, string[]>;
  evidence: Map<string, string[]>;
} {
  const { blocks } = splitPrompt(call.messages[1]?.content ?? '');
  const findings = new Map<string, string[]>();
  const evidence = new Map<string, string[]>();
  for (const block of blocks) {
    const id = block.attributes.id;
    if (id === undefined) continue;
    const type = block.attributes.type;
    const kind = block.attributes.kind;
    if (type !== undefined) findings.set(type, [...(findings.get(type) ?? []), id]);
    else if (kind !== undefined) evidence.set(kind, [...(evidence.get(kind) ?? []), id]);
  }
  return { findings, evidence };
}

/** The first id shown for a finding type or evidence kind; throws when the prompt has none. */
export function firstShown(call: LlmProviderV1GenerateOptions, typeOrKind: string): string {
  const { findings, evidence } = shownIds(call);
  const id = findings.get(typeOrKind)?.[0] ?? evidence.get(typeOrKind)?.[0];
  if (id === undefined) throw new Error(`the prompt shows no ${typeOrKind}`);
  return id;
}

/** A well-formed answer whose claims cite the ids the prompt actually showed. */
export function groundedAnswer(call: LlmProviderV1GenerateOptions): string {
  const change = firstShown(call, 'change');
  const pattern = firstShown(call, 'error-pattern');
  const service = firstShown(call, 'affected-service');
  // Sample log lines are the first thing a shrunk prompt leaves out.
  const log = shownIds(call).evidence.get('log')?.[0] ?? pattern;
  return JSON.stringify({
    overview: {
      text: 'inventory exhausts its DB connection pool and checkout times out calling it.',
      evidenceIds: [pattern],
    },
    affectedServices: [
      { text: 'inventory is the most affected service; checkout fails calling it.', evidenceIds: [service] },
    ],
    sequenceOfEvents: [
      {
        text: 'At 09:33 UTC the inventory DB pool was lowered to 4; errors began at 09:48 UTC.',
        evidenceIds: [change, log],
      },
    ],
    errorPatterns: [
      { text: '22 "db connection pool exhausted" errors from inventory.', evidenceIds: [pattern] },
    ],
    areasToInvestigate: [
      {
        text: 'Compare the inventory pool size change with the pool errors.',
        evidenceIds: [change, pattern],
      },
    ],
  });
}
