import { describe, expect, it } from 'vitest';
import { KubernetesRequestError } from './kubernetes-request-error.js';
import { type ListPage, listAllPages } from './list-all-pages.js';

interface Item {
  readonly uid: string;
}

const items = (...uids: string[]): Item[] => uids.map((uid) => ({ uid }));

function expired(continueToken?: string): KubernetesRequestError {
  return new KubernetesRequestError({
    failureKind: 'http',
    message: 'HTTP 410 Expired',
    url: 'http://127.0.0.1/api/v1/events',
    statusCode: 410,
    ...(continueToken ? { continueToken } : {}),
  });
}

/** Answers each continue token (`''` for the first page) from a script, recording the tokens asked for. */
function script(pages: Record<string, (ListPage<Item> | Error)[]>) {
  const asked: string[] = [];
  const fetchPage = async (token: string | undefined): Promise<ListPage<Item>> => {
    const key = token ?? '';
    asked.push(key);
    const answer = pages[key]?.shift();
    if (answer === undefined) throw new Error(`unexpected token ${key}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { asked, fetchPage };
}

const request = { maxItems: 100, keyOf: (item: Item) => item.uid, what: 'events in namespace "prod"' };

describe('listAllPages', () => {
  it('follows continue tokens to the last page', async () => {
    const api = script({
      '': [{ items: items('a', 'b'), continueToken: 't1' }],
      t1: [{ items: items('c'), continueToken: '' }],
    });
    const result = await listAllPages({ ...request, fetchPage: api.fetchPage });
    expect(result).toEqual({ items: items('a', 'b', 'c'), warnings: [] });
    expect(api.asked).toEqual(['', 't1']);
  });

  it('goes on with the token of a 410 answer, and restarts without one, dropping repeats', async () => {
    const offered = script({
      '': [{ items: items('a'), continueToken: 't1' }],
      t1: [expired('t2')],
      t2: [{ items: items('c'), continueToken: undefined }],
    });
    const resumed = await listAllPages({ ...request, fetchPage: offered.fetchPage });
    expect(resumed.items).toEqual(items('a', 'c'));
    expect(offered.asked).toEqual(['', 't1', 't2']);
    const restarted = script({
      '': [
        { items: items('a'), continueToken: 't1' },
        { items: items('a'), continueToken: 't1' },
      ],
      t1: [expired(), { items: items('b'), continueToken: undefined }],
    });
    const result = await listAllPages({ ...request, fetchPage: restarted.fetchPage });
    expect(result.items).toEqual(items('a', 'b'));
    expect(restarted.asked).toEqual(['', 't1', '', 't1']);
    expect(result.warnings).toEqual([
      'listing events in namespace "prod": the continue token expired (HTTP 410) after 1 items; restarted the list',
    ]);
  });

  it('gives up on tokens that keep expiring, keeping what was read', async () => {
    const api = script({
      '': [{ items: items('a'), continueToken: 't' }],
      t: [expired('t'), expired('t'), expired('t'), expired('t')],
    });
    const result = await listAllPages({ ...request, fetchPage: api.fetchPage });
    expect(result.items).toEqual(items('a'));
    expect(api.asked).toEqual(['', 't', 't', 't', 't']);
    expect(result.warnings.at(-1)).toBe(
      'listing events in namespace "prod": stopped after 1 items: HTTP 410 Expired',
    );
  });

  it('rejects when the first page fails and keeps earlier pages when a later one does', async () => {
    const failing = script({ '': [new Error('HTTP 500')] });
    await expect(listAllPages({ ...request, fetchPage: failing.fetchPage })).rejects.toThrow('HTTP 500');
    const later = script({ '': [{ items: items('a'), continueToken: 't1' }], t1: [new Error('HTTP 503')] });
    expect(await listAllPages({ ...request, fetchPage: later.fetchPage })).toEqual({
      items: items('a'),
      warnings: ['listing events in namespace "prod": stopped after 1 items: HTTP 503'],
    });
  });

  it('stops at maxItems without asking for more pages', async () => {
    const api = script({ '': [{ items: items('a', 'b', 'c'), continueToken: 't1' }] });
    const result = await listAllPages({ ...request, maxItems: 2, fetchPage: api.fetchPage });
    expect(result.items).toEqual(items('a', 'b'));
    expect(api.asked).toEqual(['']);
    expect(result.warnings).toEqual([
      'listing events in namespace "prod": stopped at 2 items (maxListItems); the rest was not read',
    ]);
  });
});
