// `pnpm bench` (after `pnpm build`): retrieval quality of the embedded store on the runbook benchmark, the
// plain-BM25 baseline through the same code path, and lexical query latency at 10,000 chunks.
// The runbook set is read from `shared/datasets/runbooks` beside the repository, or TRIAGEKIT_RUNBOOKS_DIR;
// it is never copied into the repository. Offline, no embedding model: the default users get.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedVectorStore, PLAIN_BM25_RANKING, readKnowledgeBase } from '../dist/index.js';

const targets = { recallAt1: 0.95, mrrAt10: 0.97, auroc: 0.9 };

/** The runbook set: TRIAGEKIT_RUNBOOKS_DIR, else shared/datasets/runbooks beside the repository. */
function runbooksDirectory() {
  return (
    process.env.TRIAGEKIT_RUNBOOKS_DIR ??
    fileURLToPath(new URL('../../../../shared/datasets/runbooks/', import.meta.url))
  );
}

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Area under the ROC curve: the chance that a random positive scores above a random negative (ties: half). */
function auroc(positives, negatives) {
  let total = 0;
  for (const positive of positives) {
    for (const negative of negatives) total += positive > negative ? 1 : positive === negative ? 0.5 : 0;
  }
  return total / (positives.length * negatives.length);
}

function percentile(values, share) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

async function evaluate(profile, storeOptions, documents, queries) {
  const store = createEmbeddedVectorStore(storeOptions);
  await store.doUpsert({ documents });
  const run = async (list) => {
    const rows = [];
    for (const query of list) {
      const result = await store.doQuery({ text: query.query, topK: 10 });
      const ids = result.matches.map((match) => match.document.id);
      const rank = ids.findIndex((id) => query.relevant_ids.includes(id));
      const best = result.matches[0];
      rows.push({
        rank,
        confident: result.confident,
        relevance: best?.relevance ?? 0,
        rawScore: best?.signals.lexicalScore ?? 0,
      });
    }
    return rows;
  };
  const noName = await run(queries.noName);
  const withName = await run(queries.withName);
  const unanswerable = await run(queries.unanswerable);
  const recall = (rows) => rows.filter((row) => row.rank === 0).length / rows.length;
  const mrr = (rows) =>
    rows.reduce((total, row) => total + (row.rank >= 0 ? 1 / (row.rank + 1) : 0), 0) / rows.length;
  return {
    profile,
    'recall@1 no-name': recall(noName),
    'MRR@10 no-name': mrr(noName),
    'recall@1 with-name': recall(withName),
    'MRR@10 with-name': mrr(withName),
    'AUROC relevance': auroc(
      noName.map((row) => row.relevance),
      unanswerable.map((row) => row.relevance),
    ),
    'AUROC raw top score': auroc(
      noName.map((row) => row.rawScore),
      unanswerable.map((row) => row.rawScore),
    ),
    'no-name: right and confident':
      noName.filter((row) => row.rank === 0 && row.confident).length / noName.length,
    'with-name: right and confident':
      withName.filter((row) => row.rank === 0 && row.confident).length / withName.length,
    'unanswerable: not confident': unanswerable.filter((row) => !row.confident).length / unanswerable.length,
  };
}

async function qualityBenchmark() {
  const directory = runbooksDirectory();
  if (!existsSync(join(directory, 'corpus.jsonl'))) {
    console.log(
      `Runbook benchmark skipped: no corpus.jsonl in ${directory}. It is not part of the repository: put the ` +
        'runbook set in shared/datasets/runbooks beside it, or set TRIAGEKIT_RUNBOOKS_DIR.',
    );
    return null;
  }
  const { documents, skipped } = await readKnowledgeBase([join(directory, 'corpus.jsonl')]);
  if (skipped.length > 0) console.log('skipped:', skipped);
  const queries = {
    noName: readJsonl(join(directory, 'queries_dev_no_name.jsonl')),
    withName: readJsonl(join(directory, 'queries_dev_with_name.jsonl')),
    unanswerable: readJsonl(join(directory, 'queries_dev_unanswerable.jsonl')),
  };
  console.log(
    `Runbooks: ${documents.length} documents; ${queries.noName.length} no-name, ${queries.withName.length} with-name, ` +
      `${queries.unanswerable.length} unanswerable queries.`,
  );
  const rows = [
    await evaluate('default (offline)', {}, documents, queries),
    await evaluate(
      'plain BM25 baseline',
      { ranking: PLAIN_BM25_RANKING, chunking: { maxChunkCharacters: 1_000_000_000 } },
      documents,
      queries,
    ),
  ];
  const rounded = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        typeof value === 'number' ? Number(value.toFixed(3)) : value,
      ]),
    ),
  );
  console.table(rounded);
  const best = rows[0];
  const verdict = (value, target) =>
    `${value.toFixed(3)} (target ${target}: ${value >= target ? 'reached' : 'NOT reached'})`;
  console.log(`recall@1 no-name ${verdict(best['recall@1 no-name'], targets.recallAt1)}`);
  console.log(`MRR@10 no-name   ${verdict(best['MRR@10 no-name'], targets.mrrAt10)}`);
  console.log(`AUROC relevance  ${verdict(best['AUROC relevance'], targets.auroc)}`);
  return rounded;
}

// ---- Latency: 10,000 chunks of synthetic runbook text, offline ranking. ----

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

async function fixtureVocabulary() {
  const root = fileURLToPath(new URL('../src/__fixtures__/knowledge-base/', import.meta.url));
  const words = [];
  for (const folder of await readdir(root)) {
    for (const file of await readdir(join(root, folder))) {
      words.push(
        ...(await readFile(join(root, folder, file), 'utf8'))
          .split(/\s+/)
          .filter((word) => /^[A-Za-z][\w.-]*$/.test(word)),
      );
    }
  }
  return words;
}

async function latencyBenchmark() {
  const chunkTarget = Number(process.env.TRIAGEKIT_BENCH_CHUNKS ?? 10_000);
  const random = seededRandom(7);
  const words = await fixtureVocabulary();
  const pick = () => words[Math.floor(random() * words.length)];
  const sentence = (length) => Array.from({ length }, pick).join(' ');
  // Four sections of about 1,500 characters each: each section becomes one chunk.
  const sectionsPerDocument = 4;
  const documents = Array.from({ length: Math.ceil(chunkTarget / sectionsPerDocument) }, (_, index) => ({
    id: `synthetic/${index}`,
    title: `${sentence(4)} ${index}`,
    text: ['Meaning', 'Impact', 'Diagnosis', 'Mitigation']
      .map((heading) => `## ${heading}\n\n${sentence(200)}`)
      .join('\n\n'),
    metadata: { kind: index % 5 === 0 ? 'post-mortem' : 'runbook', services: [pick().toLowerCase()] },
  }));
  const queries = Array.from({ length: 200 }, () => `${sentence(8)}\n${sentence(20)}`);
  const directory = await mkdtemp(join(tmpdir(), 'triagekit-retrieval-bench-'));
  try {
    const writer = createEmbeddedVectorStore({ directory });
    let started = performance.now();
    await writer.doUpsert({ documents });
    const upsertMs = performance.now() - started;
    const { chunks } = await writer.count();
    const reader = createEmbeddedVectorStore({ directory, createIfMissing: false });
    started = performance.now();
    await reader.doQuery({ text: queries[0], topK: 5 });
    const coldMs = performance.now() - started;
    for (const query of queries.slice(0, 10)) await reader.doQuery({ text: query, topK: 5 });
    const times = [];
    for (const query of queries) {
      started = performance.now();
      await reader.doQuery({ text: query, topK: 5 });
      times.push(performance.now() - started);
    }
    const rows = {
      chunks,
      documents: documents.length,
      'upsert + commit ms': Math.round(upsertMs),
      'cold open + first query ms': Math.round(coldMs),
      'query p50 ms': Number(percentile(times, 0.5).toFixed(2)),
      'query p95 ms': Number(percentile(times, 0.95).toFixed(2)),
    };
    console.table(rows);
    return rows;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

const quality = await qualityBenchmark();
const latency = await latencyBenchmark();
console.log(JSON.stringify({ benchmark: 'retrieval-quality', node: process.version, quality, latency }));
