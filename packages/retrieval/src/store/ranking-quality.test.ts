import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../ingestion/read-knowledge-base.js';
import { createEmbeddedVectorStore } from './create-embedded-vector-store.js';
import type { EmbeddedVectorStore } from './embedded-vector-store.js';

const knowledgeBase = fileURLToPath(new URL('../__fixtures__/knowledge-base/', import.meta.url));
let store: EmbeddedVectorStore;

beforeAll(async () => {
  const { documents, skipped } = await readKnowledgeBase([knowledgeBase]);
  expect(skipped).toEqual([]);
  store = createEmbeddedVectorStore();
  await store.doUpsert({ documents });
});

// Alerts as a pager shows them, with the runbook or post-mortem written for that situation.
const answerable: [string, string][] = [
  [
    'payments-api p99 latency is 1.9s; card authorisations time out at the checkout',
    'runbooks/payments-api-high-latency',
  ],
  [
    'checkout-api is answering 4.2% of requests with HTTP 5xx over the last 5 minutes',
    'runbooks/checkout-error-rate-high',
  ],
  [
    'FATAL: remaining connection slots are reserved for non-replication superuser connections',
    'runbooks/postgres-connection-pool-exhausted',
  ],
  ['Streaming replica orders-db-1 is 120 seconds behind the primary', 'runbooks/postgres-replication-lag'],
  [
    'Pod shop/checkout-api-7d9f8c-x2x1k is in CrashLoopBackOff, restarted 12 times',
    'runbooks/kube-pod-crash-looping',
  ],
  [
    'Filesystem on /dev/sda1 mounted on /var/lib/containerd is predicted to run out of space within 4 hours',
    'runbooks/node-filesystem-space-filling-up',
  ],
  [
    'Filesystem on /dev/sda1 at worker-2:9100 has only 2% of its inodes free',
    'runbooks/node-filesystem-inodes-filling-up',
  ],
  [
    'Certificate shop/checkout-tls expires in 5 days and cert-manager has not renewed it',
    'runbooks/tls-certificate-expiring',
  ],
  [
    'checkout: dial tcp: lookup payments-api.payments.svc.cluster.local: no such host',
    'post-mortems/2026-01-22-checkout-dns-outage',
  ],
];

const unanswerable = [
  'Kafka consumer group orders-consumer lag is 250000 messages on topic orders',
  'Redis memory fragmentation ratio above 1.5 on cache-2',
  'Elasticsearch cluster health is red: 3 unassigned shards',
];

describe('ranking on the fixture knowledge base', () => {
  it.each(answerable)('ranks the right document first for "%s"', async (text, expected) => {
    const result = await store.doQuery({ text, topK: 3 });
    expect(result.matches[0]?.document.id).toBe(expected);
  });

  it('is confident about the clear cases', async () => {
    for (const position of [0, 4, 5, 7]) {
      const [text] = answerable[position] as [string, string];
      expect((await store.doQuery({ text, topK: 3 })).confident, text).toBe(true);
    }
  });

  it.each(unanswerable)('is not confident when no document fits: "%s"', async (text) => {
    const result = await store.doQuery({ text, topK: 3 });
    expect(result.confident).toBe(false);
    for (const match of result.matches) expect(match.relevance).toBeLessThan(store.minimumRelevance);
  });

  it('finds the post-mortem of a past incident when asked for post-mortems only', async () => {
    const result = await store.doQuery({
      text: 'card payments failing, timeout acquiring connection from pool after a deploy',
      topK: 2,
      filter: { kind: 'post-mortem' },
    });
    expect(result.matches[0]?.document.id).toBe('post-mortems/2025-11-14-payments-db-pool-exhaustion');
    expect(result.matches.every((match) => match.document.metadata.kind === 'post-mortem')).toBe(true);
  });

  it('finds a runbook by the alert name alone', async () => {
    const result = await store.doQuery({ text: 'PostgresReplicationLagHigh', topK: 1 });
    expect(result.matches[0]?.document.id).toBe('runbooks/postgres-replication-lag');
    expect(result.confident).toBe(true);
  });
});
