import { rm } from 'node:fs/promises';
import { buildRetrievalQuery } from '@triagekit/core';
import {
  createSampleAlert,
  createSampleRunbookDocuments,
  createSampleTriageReport,
  InMemoryVectorStoreV1,
} from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPaymentsIncident } from '../__fixtures__/payments-incident-timeline.js';
import { draftPostmortem } from '../draft/draft-postmortem.js';
import type { PostmortemDraft } from '../draft/postmortem-draft.js';
import { indexPostmortem } from './index-postmortem.js';

let directory: string;
let draft: PostmortemDraft;
beforeAll(async () => {
  const recorded = await recordPaymentsIncident();
  directory = recorded.directory;
  draft = await draftPostmortem({ timeline: recorded.timeline });
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function storeWithRunbooks(): Promise<InMemoryVectorStoreV1> {
  const store = new InMemoryVectorStoreV1();
  await store.doUpsert({ documents: createSampleRunbookDocuments() });
  return store;
}

describe('indexPostmortem', () => {
  it('makes the post-mortem the best match for the next similar incident, with its metadata', async () => {
    const store = await storeWithRunbooks();
    expect(await indexPostmortem(store, draft)).toEqual({ documentIds: ['post-mortem:INC-2026-0304'] });
    // A month later the same alert fires again; the pipeline builds its retrieval query the usual way.
    const next = createSampleTriageReport();
    const alert = createSampleAlert({ id: 'alert-2', startsAt: '2026-04-10T16:20:00.000Z' });
    const query = buildRetrievalQuery(alert, [...next.affectedServices, ...next.errorPatterns]);
    const postmortems = await store.doQuery({ text: query, topK: 3, filter: { kind: 'post-mortem' } });
    // Ahead of every runbook, the latency runbook included.
    const all = await store.doQuery({ text: query, topK: 3 });
    expect(all.matches.map((match) => match.document.id).slice(0, 2)).toEqual([
      'post-mortem:INC-2026-0304',
      'runbook-high-latency',
    ]);
    const best = postmortems.matches[0]?.document;
    expect(best?.id).toBe('post-mortem:INC-2026-0304');
    expect(best?.metadata).toMatchObject({
      kind: 'post-mortem',
      incidentId: 'INC-2026-0304',
      services: ['payments', 'checkout'],
      alerts: ['PaymentsLatencyHigh'],
      resolution: 'Rolled back payments-api v2.14.0; pool size back to 50.',
    });
    expect(best?.text).toContain('Resolution: Rolled back payments-api v2.14.0');
    expect(best?.text).not.toMatch(/te_[0-9a-f]{16}/);
    const byService = await store.doQuery({ text: query, topK: 1, filter: { services: 'payments' } });
    expect(byService.matches[0]?.document.id).toBe('post-mortem:INC-2026-0304');
    // An unrelated incident does not bring it up first.
    const unrelated = await store.doQuery({
      text: 'TLS certificate about to expire on the ingress',
      topK: 1,
    });
    expect(unrelated.matches[0]?.document.id).toBe('runbook-certificate-expiry');
  });

  it('splits long post-mortems at section boundaries and removes leftover chunks when re-indexed', async () => {
    const store = await storeWithRunbooks();
    const before = store.size;
    const chunked = await indexPostmortem(store, draft, {
      maxDocumentCharacters: 900,
      url: 'https://wiki.example.com/pm/42',
    });
    expect(chunked.documentIds.length).toBeGreaterThan(2);
    expect(chunked.documentIds[1]).toBe('post-mortem:INC-2026-0304#2');
    const second = await store.doQuery({ text: 'payments', topK: 20, filter: { chunk: 2 } });
    expect(second.matches[0]?.document.title).toMatch(/\(part 2 of \d+\)$/);
    expect(second.matches[0]?.document.metadata.url).toBe('https://wiki.example.com/pm/42');
    expect(store.size).toBe(before + chunked.documentIds.length);
    await indexPostmortem(store, draft);
    expect(store.size).toBe(before + 1);
  });
});
