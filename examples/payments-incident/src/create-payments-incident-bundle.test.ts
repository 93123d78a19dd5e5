import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bundleManifestSchema,
  type Evidence,
  evidenceSchema,
  readIncidentBundle,
  writeIncidentBundle,
} from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { createPaymentsIncidentBundle } from './create-payments-incident-bundle.js';
import { PAYMENTS_INCIDENT_EXPECTED } from './payments-incident-expected.js';
import { PLANTED_SECRETS } from './planted-secrets.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';

const bundle = createPaymentsIncidentBundle();

function byId(id: string): Evidence {
  const item = bundle.evidence.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`No evidence with id ${id}`);
  return item;
}

describe('createPaymentsIncidentBundle', () => {
  it('produces a manifest that validates as a bundle manifest', () => {
    const parsed = bundleManifestSchema.parse(bundle.manifest);
    expect(parsed).toEqual(bundle.manifest);
    expect(parsed.collectors.map((entry) => entry.collectorId)).toEqual([
      'kubernetes-logs',
      'kubernetes',
      'git',
      'cloudtrail',
    ]);
    expect(parsed.metadata.expectedTopService).toBe('payments');
    expect(parsed.metadata.expectedTopChange).toBe(PAYMENTS_INCIDENT_EXPECTED.topChangeEvidenceId);
  });

  it('produces only valid evidence with unique ids', () => {
    const invalid = bundle.evidence.filter((item) => !evidenceSchema.safeParse(item).success);
    expect(invalid).toEqual([]);
    expect(new Set(bundle.evidence.map((item) => item.id)).size).toBe(bundle.evidence.length);
  });

  it('lists only collectors that are recorded in the manifest', () => {
    const collectors = new Set(bundle.manifest.collectors.map((entry) => entry.collectorId));
    expect(bundle.evidence.every((item) => collectors.has(item.collectorId))).toBe(true);
  });

  it('is deterministic', () => {
    expect(createPaymentsIncidentBundle()).toEqual(bundle);
  });

  it('keeps the log volume between 25,000 and 40,000 lines', () => {
    const logs = bundle.evidence.filter((item) => item.kind === 'log');
    expect(logs.length).toBeGreaterThanOrEqual(25_000);
    expect(logs.length).toBeLessThanOrEqual(40_000);
    const services = new Set(logs.map((item) => item.service));
    expect([...services].sort()).toEqual(['checkout', 'ingress-nginx', 'orders', 'payments', 'search']);
  });

  it('keeps the evidence sorted by time and inside the window', () => {
    const window = bundle.manifest.window;
    expect(window).toBeDefined();
    const start = Date.parse(window?.start ?? '');
    const end = Date.parse(window?.end ?? '');
    const times = bundle.evidence.map((item) => Date.parse(item.time));
    const outOfOrder = times.filter((time, index) => index > 0 && time < (times[index - 1] ?? time));
    expect(outOfOrder).toEqual([]);
    expect(times.filter((time) => time < start || time > end)).toEqual([]);
  });

  it('puts the search rollout closer to the onset than the payments rollout', () => {
    const rollouts = bundle.evidence.filter((item) => item.attributes.changeType === 'rollout');
    const search = rollouts.find((item) => item.attributes.workload === 'Deployment/shop/search');
    const payments = byId(PAYMENTS_INCIDENT_EXPECTED.topChangeEvidenceId);
    expect(payments.attributes.workload).toBe('Deployment/shop/payments');
    expect(search).toBeDefined();
    const distance = (item: Evidence) => Math.abs(SCENARIO_TIMELINE.onset - Date.parse(item.time));
    expect(distance(search as Evidence)).toBeLessThan(distance(payments));
    expect(PAYMENTS_INCIDENT_EXPECTED.redHerringChangeEvidenceIds).toContain(search?.id);
  });

  it('records the expected changes in the bundle', () => {
    const commit = byId(PAYMENTS_INCIDENT_EXPECTED.causeCommitEvidenceId);
    expect(commit.attributes.files).toBe('k8s/payments/configmap.yaml');
    expect(commit.service).toBe('payments');
    const herrings = PAYMENTS_INCIDENT_EXPECTED.redHerringChangeEvidenceIds.map(byId);
    expect(herrings.every((item) => item.kind === 'change')).toBe(true);
    const changes = bundle.evidence.filter((item) => item.kind === 'change');
    expect(changes).toHaveLength(herrings.length + 2);
  });

  it('starts the errors at the onset, in payments first', () => {
    const errors = bundle.evidence.filter((item) => item.kind === 'log' && item.severity === 'error');
    const firstBefore = (service: string) =>
      Math.min(...errors.filter((item) => item.service === service).map((item) => Date.parse(item.time)));
    expect(firstBefore('payments')).toBeGreaterThanOrEqual(SCENARIO_TIMELINE.onset);
    expect(firstBefore('payments')).toBeLessThan(SCENARIO_TIMELINE.onset + 60_000);
    for (const service of ['checkout', 'orders', 'ingress-nginx']) {
      expect(firstBefore(service)).toBeGreaterThan(firstBefore('payments'));
    }
    expect(errors.some((item) => item.service === 'search')).toBe(false);
  });

  it('gives every pod a new name after a rollout', () => {
    const podsOf = (service: string, before: boolean) => {
      const pivot =
        service === 'payments' ? SCENARIO_TIMELINE.paymentsRollout : SCENARIO_TIMELINE.searchRollout;
      return new Set(
        bundle.evidence
          .filter((item) => item.kind === 'log' && item.service === service)
          .filter((item) => Date.parse(item.time) < pivot === before)
          .filter((item) => Math.abs(Date.parse(item.time) - pivot) > 10 * 60_000)
          .map((item) => item.attributes.pod),
      );
    };
    for (const service of ['payments', 'search']) {
      const before = podsOf(service, true);
      const after = podsOf(service, false);
      expect(before.size).toBeGreaterThan(0);
      expect([...after].some((pod) => before.has(pod))).toBe(false);
    }
  });

  it('contains every planted secret, so redaction has something to remove', () => {
    const haystack = bundle.evidence
      .map((item) => `${item.text}\n${JSON.stringify(item.attributes)}`)
      .join('\n');
    for (const secret of PLANTED_SECRETS) expect(haystack).toContain(secret);
  });

  it('survives a round trip through a bundle directory', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'payments-incident-'));
    try {
      await writeIncidentBundle(directory, bundle);
      const read = await readIncidentBundle(directory);
      expect(read.warnings).toEqual([]);
      expect(read.manifest).toEqual(bundle.manifest);
      expect(read.evidence).toEqual(bundle.evidence);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
