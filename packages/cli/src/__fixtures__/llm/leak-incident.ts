import type { EvidenceInput } from '@triagekit/core';
import {
  type CorpusFormat,
  SECRET_CORPUS,
} from '../../../../core/src/redaction/__fixtures__/secret-corpus.js';
import { type IncidentFiles, type PlantedEvidence, plantedTime } from './write-incident-files.js';

const mariaEmail = 'maria.keller@acme-payments.com';
const oncallEmail = 'oncall-payments@acme-corp.io';
const doeEmail = 'j.doe@corp.internal';
const dbHost = 'db-primary.payments.svc.cluster.local';
const redisHost = 'redis-cache-01.prod.internal';
const vaultHost = 'vault.acme.corp';
const ledgerHost = 'ledger-api.eu-west-1.acme.internal';
const grafanaHost = 'grafana.ops.acme.io';
const awsNode = 'ip-10-0-3-17.eu-west-1.compute.internal';
const podIp = '10.42.7.19';
const redisIp = '172.16.33.4';
const vpnIp = '192.168.14.201';
const serviceIp = 'fd00:10:96::1a2b';
const paymentsPod = 'payments-api-7d9f8b6c5d-x2k4q';
const ledgerPod = 'ledger-worker-5b8c7d9f4-qz7mn';
const checkoutPod = 'checkout-6f7d8c9b5-h4j2k';
// Named only in labels and attributes: masked because of the key they stand under.
const namespace = 'payments-prod';
const gkeNode = 'gke-prod-pool-2-a1b2c3d4-9xkq';

/**
 * Identifiers of people and infrastructure the masker must replace on the wire and the report must show:
 * emails, internal host names, IPv4 and IPv6 addresses, Deployment pod names, a namespace and a node.
 */
export const PLANTED_IDENTIFIERS: readonly string[] = [
  mariaEmail,
  oncallEmail,
  doeEmail,
  dbHost,
  redisHost,
  vaultHost,
  ledgerHost,
  grafanaHost,
  awsNode,
  podIp,
  redisIp,
  vpnIp,
  serviceIp,
  paymentsPod,
  ledgerPod,
  checkoutPod,
  namespace,
  gkeNode,
];

const SERVICES = ['payments', 'ledger', 'checkout'] as const;

/** Kubernetes metadata as a log shipper attaches it; these names are masked because of their keys. */
function kubernetesAttributes(index: number): Record<string, string> {
  const pods = [paymentsPod, ledgerPod, checkoutPod];
  return { namespace, pod: pods[index % pods.length] as string, node: gkeNode };
}

function evidenceFor(format: CorpusFormat, text: string, index: number): PlantedEvidence {
  const time = plantedTime(index);
  const service = SERVICES[index % SERVICES.length] as string;
  if (format === 'kubernetes-event') {
    return {
      collectorId: 'kubernetes',
      input: {
        kind: 'event',
        time,
        service,
        severity: 'warning',
        text,
        attributes: { ...kubernetesAttributes(index), reason: `Failed${index}` },
      },
    };
  }
  if (format === 'git-commit-message') {
    return { collectorId: 'git', input: { kind: 'change', time, service, text } };
  }
  if (format === 'cloudtrail') {
    return { collectorId: 'cloudtrail', input: { kind: 'change', time, service, text } };
  }
  return {
    collectorId: 'logs',
    input: { kind: 'log', time, service, severity: 'error', text, attributes: kubernetesAttributes(index) },
  };
}

/** Log lines, events and a commit that name the planted identifiers, as real ones do. */
function identifierEvidence(): PlantedEvidence[] {
  const items: { collectorId: string; input: Omit<EvidenceInput, 'time'> }[] = [
    {
      collectorId: 'logs',
      input: {
        kind: 'log',
        service: 'payments',
        severity: 'error',
        text: `ERROR ${paymentsPod} HikariPool-1 - Connection is not available: connect to ${dbHost} (${podIp}:5432) timed out after 5000ms`,
        attributes: kubernetesAttributes(0),
      },
    },
    {
      collectorId: 'logs',
      input: {
        kind: 'log',
        service: 'ledger',
        severity: 'error',
        text: `level=error pod=${ledgerPod} msg="redis unavailable" addr=${redisHost}:6379 ip=${redisIp} retry_in=2s`,
        attributes: kubernetesAttributes(1),
      },
    },
    {
      collectorId: 'logs',
      input: {
        kind: 'log',
        service: 'checkout',
        severity: 'error',
        text: `{"level":"error","pod":"${checkoutPod}","msg":"upstream ledger failed","upstream":"https://${ledgerHost}/v2/entries","client_ip":"${vpnIp}","user":"${mariaEmail}"}`,
        attributes: kubernetesAttributes(2),
      },
    },
    {
      collectorId: 'logs',
      input: {
        kind: 'log',
        service: 'payments',
        severity: 'error',
        text: `ERROR vault lease renewal failed for ${vaultHost} from [${serviceIp}]: permission denied; paging ${oncallEmail}`,
        attributes: kubernetesAttributes(0),
      },
    },
    {
      collectorId: 'kubernetes',
      input: {
        kind: 'event',
        service: 'payments',
        severity: 'warning',
        text: `Readiness probe failed: Get "http://${podIp}:8080/ready": context deadline exceeded (pod ${paymentsPod} on ${awsNode})`,
        attributes: { ...kubernetesAttributes(0), reason: 'Unhealthy' },
      },
    },
    {
      collectorId: 'git',
      input: {
        kind: 'change',
        service: 'payments',
        text: `payments: point the pool at ${dbHost}\n\nCredentials now come from https://${vaultHost} (${serviceIp}).\nDashboards: https://${grafanaHost}/d/payments\nReviewed-by: Jane Doe <${doeEmail}>`,
      },
    },
  ];
  return items.map((item, index) => ({
    collectorId: item.collectorId,
    input: { ...item.input, time: `2026-03-04T09:5${index}:30Z` } as EvidenceInput,
  }));
}

/** Every secret value of the corpus, plus each line of multi-line ones (a key block leaks line by line). */
export function plantedSecrets(): string[] {
  const values = SECRET_CORPUS.flatMap((entry) => entry.secrets);
  const lines = values.flatMap((value) => value.split(/\n|\\n/)).filter((line) => line.length >= 16);
  return [...new Set([...values, ...lines])];
}

/**
 * An incident whose evidence carries every secret of core's redaction corpus — cloud, GitHub, GitLab, Slack,
 * Stripe, OpenAI and Anthropic keys, JWTs, passwords in URLs, private key blocks, connection strings — in log
 * lines, Kubernetes events, commits and CloudTrail changes, with the corpus' annotation entries on the alert,
 * plus {@link PLANTED_IDENTIFIERS} in logs, events, a commit, labels and attributes.
 */
export function createLeakIncident(): IncidentFiles {
  const annotations: Record<string, string> = {
    summary: `payments cannot reach ${dbHost}`,
    description: `Errors from ${paymentsPod} (${podIp}) on node ${gkeNode} and ${awsNode} since 09:50; owner ${oncallEmail}`,
  };
  const evidence: PlantedEvidence[] = [];
  SECRET_CORPUS.forEach((entry, index) => {
    if (entry.format === 'alert-annotation') annotations[`note_${index}`] = entry.text;
    else evidence.push(evidenceFor(entry.format, entry.text, index));
  });
  return {
    alert: {
      title: 'PaymentsErrorRate: payments 5xx above 5%',
      startsAt: '2026-03-04T10:00:00Z',
      severity: 'critical',
      labels: { alertname: 'PaymentsErrorRate', service: 'payments', namespace, pod: paymentsPod },
      annotations,
    },
    evidence: [...evidence, ...identifierEvidence()],
  };
}
