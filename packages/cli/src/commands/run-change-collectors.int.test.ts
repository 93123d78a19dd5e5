import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitEvidenceId } from '@triagekit/collectors-git';
import { type Evidence, readIncidentBundle, type TriageReport, triageReportSchema } from '@triagekit/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type CloudTrailReplayServer,
  isLookupEventsTarget,
  startCloudTrailReplayServer,
} from '../../../collectors-cloudtrail/src/__fixtures__/cloudtrail-replay-server.js';
import { hashDirectory } from '../../../collectors-git/src/__fixtures__/hash-directory.js';
import {
  type KubernetesReplayServer,
  startKubernetesReplayServer,
} from '../../../collectors-kubernetes/src/__fixtures__/kubernetes-replay-server.js';
import {
  CONSOLE_LOGIN_EVENT_ID,
  MODIFY_DB_INSTANCE_EVENT_ID,
  paymentsLookupEventsPage,
} from '../__fixtures__/change-collectors/payments-cloudtrail-events.js';
import {
  KUBERNETES_TOKEN,
  NAMESPACE,
  paymentsClusterRoutes,
  replayKubeconfigYaml,
} from '../__fixtures__/change-collectors/payments-cluster.js';
import {
  PAYMENTS_ALERT,
  STORY_MINUTES,
  timeFromAlert,
} from '../__fixtures__/change-collectors/payments-incident-story.js';
import {
  buildPaymentsInfraRepository,
  type PaymentsInfraCommits,
} from '../__fixtures__/change-collectors/payments-infra-repository.js';
import { CRASHING_POD, RUNNING_POD } from '../__fixtures__/change-collectors/payments-pod-logs.js';
import { runCliInMemory } from '../__fixtures__/run-cli-in-memory.js';

// The documentation's example key pair: it signs requests and grants nothing anywhere.
const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

let directory: string;
let kubernetes: KubernetesReplayServer;
let cloudtrail: CloudTrailReplayServer;
let commits: PaymentsInfraCommits;
let repositoryBefore: string[];
let first: { code: number; stdout: string; stderr: string };
let report: TriageReport;
let serversStopped = false;

/** Stops both replay servers (once): the replay must work without them. */
async function stopServers(): Promise<void> {
  if (serversStopped) return;
  serversStopped = true;
  await Promise.all([kubernetes?.close(), cloudtrail?.close()]);
}

function runArguments(config: string, out: string, ...extra: string[]): string[] {
  return ['run', '--alert', 'alert.json', '--config', config, '--out', out, '--quiet', ...extra];
}

async function readReport(out: string): Promise<TriageReport> {
  return JSON.parse(await readFile(join(directory, out, 'report.json'), 'utf8')) as TriageReport;
}

function evidenceOf(target: TriageReport, id: string | undefined): Evidence {
  const item = target.evidence.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`evidence ${id} is not in the report`);
  return item;
}

/** The Kubernetes rollout evidence of a Deployment, found by its `workload` attribute. */
function rolloutOf(deployment: string): Evidence {
  const item = report.evidence.find(
    (candidate) =>
      candidate.collectorId === 'kubernetes-prod' &&
      candidate.attributes.workload === `Deployment/${NAMESPACE}/${deployment}`,
  );
  if (!item) throw new Error(`no rollout of ${deployment} in the report`);
  return item;
}

/** The parts of a report that a replay must reproduce (as in run-record.test.ts). */
function findingsOf(target: TriageReport) {
  return {
    onset: target.onset,
    affectedServices: target.affectedServices,
    timeline: target.timeline,
    errorPatterns: target.errorPatterns,
    changes: target.changes,
    suggestions: target.suggestions,
    degradedSources: target.degradedSources.map(({ durationMs: _durationMs, ...rest }) => rest),
    evidence: target.evidence,
  };
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-change-collectors-'));
  // Static fake credentials for the AWS SDK's default chain, and nothing of the machine's own AWS setup.
  vi.stubEnv('AWS_ACCESS_KEY_ID', ACCESS_KEY_ID);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', SECRET_ACCESS_KEY);
  for (const name of ['AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION']) {
    vi.stubEnv(name, undefined);
  }
  vi.stubEnv('AWS_CONFIG_FILE', join(directory, 'no-aws-config'));
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(directory, 'no-aws-credentials'));
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');

  commits = await buildPaymentsInfraRepository(join(directory, 'infra'));
  repositoryBefore = await hashDirectory(join(directory, 'infra'));
  kubernetes = await startKubernetesReplayServer(paymentsClusterRoutes);
  cloudtrail = await startCloudTrailReplayServer(() => ({ body: paymentsLookupEventsPage() }));

  await writeFile(join(directory, 'kubeconfig.yaml'), replayKubeconfigYaml(kubernetes.server));
  await writeFile(join(directory, 'alert.json'), JSON.stringify(PAYMENTS_ALERT));
  await writeFile(
    join(directory, 'config.json'),
    JSON.stringify({
      collectors: [
        {
          type: 'kubernetes',
          id: 'kubernetes-prod',
          kubeconfig: 'kubeconfig.yaml',
          context: 'replay',
          namespaces: [NAMESPACE],
        },
        { type: 'git', id: 'infra-git', path: 'infra' },
        {
          type: 'cloudtrail',
          id: 'cloudtrail-prod',
          regions: ['us-east-1'],
          endpoint: cloudtrail.endpoint,
          services: { 'payments-*': 'payments' },
        },
      ],
    }),
  );
  first = await runCliInMemory(runArguments('config.json', 'out', '--record', 'bundle'), { cwd: directory });
  report = await readReport('out');
}, 120_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await stopServers();
  await rm(directory, { recursive: true, force: true });
});

describe('triagekit run with kubernetes, git and cloudtrail collectors', () => {
  it('writes the reports and the bundle, with every collector healthy', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const file of ['out/report.json', 'out/report.md', 'out/report.html', 'bundle/bundle.json']) {
      await expect(access(join(directory, file))).resolves.toBeUndefined();
    }
    expect(triageReportSchema.safeParse(report).success).toBe(true);
    expect(report.degradedSources).toEqual([]);
    expect(report.affectedServices.map((finding) => finding.service)).toEqual(['payments']);
    // The onset is the first "connection pool exhausted" line, 8 minutes after the payments rollout.
    expect(report.onset).toMatchObject({
      basis: 'error-onset',
      time: new Date(timeFromAlert(STORY_MINUTES.firstPaymentsError)).toISOString(),
    });
    expect(evidenceOf(report, report.onset?.evidenceIds[0]).attributes.pod).toBe(RUNNING_POD);
  });

  it('merges rollouts, commits and CloudTrail events into one time-ordered timeline', () => {
    const times = report.timeline.map((entry) => Date.parse(entry.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const collectorOf = (ids: readonly string[]) => evidenceOf(report, ids[0]).collectorId;
    const changes = report.timeline
      .filter((entry) => entry.entryKind === 'change')
      .map((entry) => [collectorOf(entry.evidenceIds), entry.evidenceIds[0], entry.time]);
    const at = (minutes: number) => new Date(timeFromAlert(minutes)).toISOString();
    expect(changes).toEqual([
      ['infra-git', commitEvidenceId('infra', commits.terraform), at(STORY_MINUTES.terraformCommit)],
      ['cloudtrail-prod', `ct_${MODIFY_DB_INSTANCE_EVENT_ID}`, at(STORY_MINUTES.modifyDbInstance)],
      ['infra-git', commitEvidenceId('infra', commits.payments), at(STORY_MINUTES.paymentsCommit)],
      ['kubernetes-prod', rolloutOf('payments').id, at(STORY_MINUTES.paymentsRollout)],
      ['kubernetes-prod', rolloutOf('recommendations').id, at(STORY_MINUTES.unrelatedRollout)],
    ]);
    expect(rolloutOf('payments').text).toContain(
      'image payments: registry.example.com/shop/payments:1.41.2 → registry.example.com/shop/payments:1.42.0',
    );
    expect(rolloutOf('payments').text).toContain('env of payments changed: DB_POOL_SIZE');
    // Cluster trouble after the rollout is on the timeline too: warning events and the error onset.
    const kubernetesEntries = report.timeline.filter(
      (entry) => entry.entryKind !== 'change' && collectorOf(entry.evidenceIds) === 'kubernetes-prod',
    );
    expect(kubernetesEntries.map((entry) => entry.entryKind)).toEqual(
      expect.arrayContaining(['event', 'pattern-onset']),
    );
    expect(kubernetesEntries.some((entry) => entry.title.includes('BackOff'))).toBe(true);
    // The sign-in is a write event CloudTrail returned, but not an infrastructure change.
    expect(JSON.stringify(report)).not.toContain(CONSOLE_LOGIN_EVENT_ID);
  });

  it('ranks the payments rollout first and the unrelated rollout below it', () => {
    // Score = e^(-minutes before onset / 60) × service weight (3 for payments, the top affected service;
    // 0.5 for a service not affected; 1 for none). The payments rollout (8 min before the 09:48 onset,
    // 2.63) beats the payments commit (13 min, 2.42) with the same weight, and the recommendations
    // rollout, nearest to the onset (5 min) but on an unaffected service, scores only 0.46 — below the
    // ModifyDBInstance on payments-db (78 min, weight 3: 0.82). The Terraform commit names no service.
    expect(report.changes.map((change) => change.evidenceIds[0])).toEqual([
      rolloutOf('payments').id,
      commitEvidenceId('infra', commits.payments),
      `ct_${MODIFY_DB_INSTANCE_EVENT_ID}`,
      rolloutOf('recommendations').id,
      commitEvidenceId('infra', commits.terraform),
    ]);
    expect(report.changes[0]).toMatchObject({
      service: 'payments',
      minutesBeforeOnset: STORY_MINUTES.firstPaymentsError - STORY_MINUTES.paymentsRollout,
      touchesAffectedService: true,
    });
    const unrelated = report.changes.find(
      (change) => change.evidenceIds[0] === rolloutOf('recommendations').id,
    );
    expect(unrelated).toMatchObject({ service: 'recommendations', touchesAffectedService: false });
    expect(unrelated?.score).toBeLessThan(report.changes[0]?.score ?? 0);
    expect(evidenceOf(report, commitEvidenceId('infra', commits.terraform)).service).toBeNull();
  });

  it('only reads: GETs on the cluster, LookupEvents on CloudTrail, an unchanged repository', async () => {
    expect(kubernetes.writeAttempts).toEqual([]);
    expect(kubernetes.requests.every((request) => request.method === 'GET')).toBe(true);
    expect(kubernetes.requests.map((request) => request.path).sort()).toEqual(
      [
        `/api/v1/namespaces/${NAMESPACE}/events`,
        `/api/v1/namespaces/${NAMESPACE}/pods`,
        `/api/v1/namespaces/${NAMESPACE}/pods/${CRASHING_POD}/log`,
        `/api/v1/namespaces/${NAMESPACE}/pods/${CRASHING_POD}/log`,
        `/api/v1/namespaces/${NAMESPACE}/pods/${RUNNING_POD}/log`,
        `/apis/apps/v1/namespaces/${NAMESPACE}/controllerrevisions`,
        `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets`,
      ].sort(),
    );
    expect(
      kubernetes.requests
        .filter((request) => request.query.previous === 'true')
        .map((request) => request.path),
    ).toEqual([`/api/v1/namespaces/${NAMESPACE}/pods/${CRASHING_POD}/log`]);
    expect(
      kubernetes.requests.every((request) => request.headers.authorization === `Bearer ${KUBERNETES_TOKEN}`),
    ).toBe(true);

    expect(cloudtrail.unexpected).toEqual([]);
    expect(cloudtrail.requests.length).toBeGreaterThan(0);
    for (const request of cloudtrail.requests) {
      expect([request.method, request.path, isLookupEventsTarget(request.target)]).toEqual([
        'POST',
        '/',
        true,
      ]);
      expect([request.region, request.signingService]).toEqual(['us-east-1', 'cloudtrail']);
      // Signed with the key pair from the environment.
      expect(String(request.headers.authorization)).toContain(`Credential=${ACCESS_KEY_ID}/`);
    }

    expect(await hashDirectory(join(directory, 'infra'))).toEqual(repositoryBefore);
  });

  it('replays the recorded bundle to the same findings with no server and no repository', async () => {
    await stopServers();
    await rm(join(directory, 'infra'), { recursive: true, force: true });
    const bundle = await readIncidentBundle(join(directory, 'bundle'));
    expect(bundle.manifest.collectors.map((entry) => entry.collectorId).sort()).toEqual([
      'cloudtrail-prod',
      'infra-git',
      'kubernetes-prod',
    ]);
    await writeFile(
      join(directory, 'replay.json'),
      JSON.stringify({ collectors: [{ type: 'bundle', path: 'bundle' }] }),
    );
    const replay = await runCliInMemory(runArguments('replay.json', 'replayed'), { cwd: directory });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    const replayed = await readReport('replayed');
    expect(replayed.changes.length).toBe(5);
    expect(findingsOf(replayed)).toEqual(findingsOf(report));
  });
});
