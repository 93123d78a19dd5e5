// Query latency and index time of the embedded store and of Chroma, side by side, on the same synthetic
// runbook corpus and the same queries. Run after `pnpm build`, from the package: `node bench/latency-bench.mjs`.
// Both stores get the same deterministic embedding model, so the comparison is about the stores.
// Environment: TRIAGEKIT_BENCH_DOCUMENTS (default 10000), TRIAGEKIT_BENCH_QUERIES (default 200),
// TRIAGEKIT_BENCH_TOP_K (default 5).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { createChromaVectorStore } from '../dist/chroma/index.js';
import { createEmbeddedVectorStore } from '../dist/index.js';

const documentCount = Number(process.env.TRIAGEKIT_BENCH_DOCUMENTS ?? 10_000);
const queryCount = Number(process.env.TRIAGEKIT_BENCH_QUERIES ?? 200);
const topK = Number(process.env.TRIAGEKIT_BENCH_TOP_K ?? 5);
const warmUpQueries = 10;

// ---- Synthetic corpus: seeded, so every run indexes and asks exactly the same. ----

/** mulberry32: a small seeded PRNG, good enough to pick words. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = {
  services: [
    'payments-api',
    'checkout',
    'ingress-nginx',
    'orders',
    'search',
    'auth',
    'billing',
    'inventory',
    'notifications',
    'gateway',
    'ledger',
    'recommendations',
    'media-upload',
    'reporting',
    'scheduler',
    'webhooks',
  ],
  dependencies: [
    'postgres',
    'redis',
    'kafka',
    'etcd',
    'coredns',
    'elasticsearch',
    'rabbitmq',
    'memcached',
    's3',
    'vault',
    'cert-manager',
    'istio-proxy',
  ],
  components: [
    'pod',
    'node',
    'deployment',
    'statefulset',
    'persistent volume',
    'load balancer',
    'ingress',
    'connection pool',
    'consumer group',
    'replica',
    'primary',
    'sidecar',
    'cron job',
    'daemonset',
  ],
  symptoms: [
    'high p99 latency',
    'elevated 5xx rate',
    'OOMKilled containers',
    'CrashLoopBackOff',
    'disk pressure',
    'certificate expiring',
    'replication lag',
    'consumer lag',
    'connection refused',
    'DNS resolution failures',
    'thread pool exhaustion',
    'CPU throttling',
    'inode exhaustion',
    'TLS handshake errors',
    'queue backlog',
    'leader election churn',
    'slow queries',
    'evicted pods',
    'readiness probe failures',
    'rate limiting',
  ],
  causes: [
    'a recent deploy',
    'a config change',
    'a noisy neighbour',
    'a memory leak',
    'an expired secret',
    'a schema migration',
    'a traffic spike',
    'a failed node',
    'an exhausted quota',
    'a bad feature flag',
    'a network partition',
    'a full disk',
    'a long-running transaction',
    'a retry storm',
  ],
  actions: [
    'roll back the deployment',
    'scale out the replicas',
    'restart the affected pods',
    'drain and cordon the node',
    'fail over to the standby',
    'rotate the credentials',
    'raise the memory limit',
    'expand the volume',
    'vacuum the table',
    'purge the dead-letter queue',
    'renew the certificate',
    'increase the connection pool size',
    'disable the feature flag',
    'rebalance the partitions',
  ],
  commands: [
    'kubectl describe pod',
    'kubectl logs --previous',
    'kubectl top nodes',
    'kubectl rollout undo',
    'df -h',
    'du -sh /var/log/*',
    'pg_stat_activity',
    'redis-cli info memory',
    'kafka-consumer-groups --describe',
    'openssl s_client -connect',
    'dig +short',
    'journalctl -u kubelet',
  ],
  alerts: [
    'HighLatency',
    'ErrorBudgetBurn',
    'KubePodCrashLooping',
    'KubeContainerOOMKilled',
    'NodeDiskFull',
    'CertificateExpiringSoon',
    'PostgresReplicationLag',
    'KafkaConsumerLag',
    'CoreDNSErrorsHigh',
    'TargetDown',
    'CPUThrottlingHigh',
    'QueueBacklogGrowing',
  ],
  teams: ['platform', 'payments', 'data', 'edge', 'identity', 'growth'],
};

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** One runbook or post-mortem chunk: a title, 4-7 sentences of ops prose, and the conventional metadata. */
function createChunk(random, index) {
  const service = pick(random, vocabulary.services);
  const dependency = pick(random, vocabulary.dependencies);
  const component = pick(random, vocabulary.components);
  const symptom = pick(random, vocabulary.symptoms);
  const alert = pick(random, vocabulary.alerts);
  const kind = random() < 0.7 ? 'runbook' : 'post-mortem';
  const sentences = [
    `${service} shows ${symptom} on its ${component}, usually after ${pick(random, vocabulary.causes)}.`,
    `Check ${dependency} first: run \`${pick(random, vocabulary.commands)}\` and compare with the last healthy window.`,
    `If the ${component} is saturated, ${pick(random, vocabulary.actions)}; otherwise ${pick(random, vocabulary.actions)}.`,
    `The ${alert} alert fires when ${symptom} lasts more than ${5 + Math.floor(random() * 25)} minutes.`,
    `Escalate to the ${pick(random, vocabulary.teams)} on-call if ${dependency} does not recover.`,
    kind === 'post-mortem'
      ? `Resolved by the decision to ${pick(random, vocabulary.actions)} after ${pick(random, vocabulary.causes)}.`
      : `Verify with \`${pick(random, vocabulary.commands)}\` that ${service} is back within its objective.`,
    `Related: ${pick(random, vocabulary.symptoms)} in ${pick(random, vocabulary.services)}.`,
  ];
  const length = 4 + Math.floor(random() * 4);
  const services = random() < 0.4 ? [service, pick(random, vocabulary.services)] : [service];
  return {
    id: `${kind}-${String(index).padStart(5, '0')}#0`,
    title: `${symptom[0].toUpperCase()}${symptom.slice(1)} in ${service} (${component})`,
    text: sentences.slice(0, length).join(' '),
    metadata: {
      kind,
      team: pick(random, vocabulary.teams),
      services: [...new Set(services)],
      alerts: [alert],
    },
  };
}

/** Alert-like queries; every fourth one filtered on a service, as the pipeline does for a known service. */
function createQuery(random, index) {
  const service = pick(random, vocabulary.services);
  const text = `${pick(random, vocabulary.alerts)}: ${pick(random, vocabulary.symptoms)} in ${service} ${pick(random, vocabulary.components)} after ${pick(random, vocabulary.causes)}`;
  return index % 4 === 3 ? { text, filter: { services: service } } : { text };
}

// ---- A Chroma server of our own, on a free port with a temporary data folder. ----

async function findFreePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startChroma() {
  const binary = fileURLToPath(new URL('../node_modules/.bin/chroma', import.meta.url));
  const dataPath = await mkdtemp(join(tmpdir(), 'triagekit-bench-chroma-'));
  const port = await findFreePort();
  const child = spawn(binary, ['run', '--path', dataPath, '--port', String(port), '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataPath, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`chroma run did not answer on ${url} within 30 s`);
}

// ---- Measurement. ----

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

async function measure(name, store, documents, queries) {
  const indexStarted = performance.now();
  await store.doUpsert({ documents });
  const indexMs = performance.now() - indexStarted;
  for (const query of queries.slice(0, warmUpQueries)) await store.doQuery({ ...query, topK });
  const latencies = [];
  let withMatches = 0;
  let confident = 0;
  for (const query of queries) {
    const started = performance.now();
    const result = await store.doQuery({ ...query, topK });
    latencies.push(performance.now() - started);
    if (result.matches.length > 0) withMatches += 1;
    if (result.confident) confident += 1;
  }
  const sorted = [...latencies].sort((left, right) => left - right);
  const round = (value) => Math.round(value * 100) / 100;
  return {
    store: name,
    indexMs: Math.round(indexMs),
    documentsPerSecond: Math.round(documents.length / (indexMs / 1000)),
    queryP50Ms: round(percentile(sorted, 0.5)),
    queryP95Ms: round(percentile(sorted, 0.95)),
    queryMeanMs: round(latencies.reduce((total, value) => total + value, 0) / latencies.length),
    queriesWithMatches: withMatches,
    confidentQueries: confident,
  };
}

const random = seededRandom(20_260_304);
const documents = Array.from({ length: documentCount }, (_, index) => createChunk(random, index));
const queries = Array.from({ length: queryCount }, (_, index) => createQuery(random, index));
const embeddingModel = () => new SyntheticEmbeddingModelV1({ dimensions: 256, maxEmbeddingsPerCall: 100 });

const embeddedDirectory = await mkdtemp(join(tmpdir(), 'triagekit-bench-embedded-'));
const chroma = await startChroma();
const results = [];
try {
  results.push(
    await measure(
      'embedded (directory)',
      createEmbeddedVectorStore({ directory: embeddedDirectory, embeddingModel: embeddingModel() }),
      documents,
      queries,
    ),
  );
  results.push(
    await measure(
      'chroma',
      createChromaVectorStore({ url: chroma.url, collection: 'bench', embeddingModel: embeddingModel() }),
      documents,
      queries,
    ),
  );
} finally {
  await chroma.stop();
  await rm(embeddedDirectory, { recursive: true, force: true });
}

const summary = {
  benchmark: 'retrieval-latency',
  node: process.version,
  documents: documentCount,
  queries: queryCount,
  topK,
  embeddingModel: 'synthetic-hash, 256 dimensions',
  results,
};
console.log(JSON.stringify(summary, null, 2));
console.table(Object.fromEntries(results.map(({ store, ...row }) => [store, row])));
