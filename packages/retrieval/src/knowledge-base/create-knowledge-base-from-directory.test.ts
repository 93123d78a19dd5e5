import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTriagePipeline, normalizeAlert } from '@triagekit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedVectorStore } from '../store/create-embedded-vector-store.js';
import { createKnowledgeBaseFromDirectory } from './create-knowledge-base-from-directory.js';

const knowledgeBase = fileURLToPath(new URL('../__fixtures__/knowledge-base/', import.meta.url));

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-kb-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('createKnowledgeBaseFromDirectory', () => {
  it('gives the pipeline a knowledge base whose report names the right runbook, with why it matched', async () => {
    const knowledge = await createKnowledgeBaseFromDirectory({ paths: knowledgeBase, topK: 2 });
    expect(knowledge.ingestion.skipped).toEqual([]);
    expect(knowledge.ingestion.documents).toHaveLength(10);
    const alert = normalizeAlert({
      title: 'PaymentsApiLatencyHigh',
      startsAt: '2026-03-04T10:00:00Z',
      labels: { service: 'payments-api' },
      annotations: { summary: 'p99 latency of payments-api requests above 800 ms for 10 minutes' },
    });
    const { report } = await createTriagePipeline({ knowledgeBase: knowledge }).run(alert);
    expect(report.runbooks?.confident).toBe(true);
    expect(report.runbooks?.matches).toHaveLength(2);
    expect(report.runbooks?.matches[0]).toMatchObject({
      id: 'runbooks/payments-api-high-latency',
      kind: 'runbook',
      url: 'https://runbooks.example.com/payments/high-latency',
    });
    expect(report.runbooks?.matches[0]?.why).toContain('latency');
  });

  it('tells the pipeline when no runbook fits', async () => {
    const knowledge = await createKnowledgeBaseFromDirectory({ paths: [knowledgeBase] });
    const alert = normalizeAlert({
      title: 'KafkaConsumerGroupLagHigh',
      startsAt: '2026-03-04T10:00:00Z',
      annotations: {
        summary: 'Consumer group billing-events lags 2 million messages behind on topic invoices',
      },
    });
    const { report } = await createTriagePipeline({ knowledgeBase: knowledge }).run(alert);
    expect(report.runbooks?.confident).toBe(false);
  });

  it('persists to a store directory when asked, and reports skipped files instead of throwing', async () => {
    await writeFile(join(directory, 'bad.md'), '---\nkind: playbook\n---\nText');
    await writeFile(join(directory, 'good.md'), '# Good runbook\n\nDisk full.');
    const store = join(directory, 'store');
    const knowledge = await createKnowledgeBaseFromDirectory({
      paths: '.',
      cwd: directory,
      store: { directory: store },
    });
    expect(knowledge.ingestion.skipped).toEqual([
      { source: 'bad.md', reason: 'line 2 (kind): expected "runbook" or "post-mortem", got "playbook"' },
    ]);
    expect(await createEmbeddedVectorStore({ directory: store, createIfMissing: false }).count()).toEqual({
      documents: 1,
      chunks: 1,
    });
  });
});
