import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../__fixtures__/expect-rejection.js';
import { createFileResponseCache } from './file-response-cache.js';
import type { CachedResponse } from './response-cache.js';

const key = 'a'.repeat(64);
const entry: CachedResponse = {
  version: 1,
  storedAt: '2026-11-27T07:00:00.000Z',
  request: {
    providerId: 'anthropic',
    modelId: 'claude-haiku-4-5',
    messages: [{ role: 'user', content: 'token=[REDACTED:secret-assignment]' }],
    maxOutputTokens: 100,
    temperature: 0,
    responseFormat: null,
  },
  result: {
    text: 'OK',
    usage: { inputTokens: 27, outputTokens: 4 },
    finishReason: 'stop',
    costUsd: 0.000047,
  },
};

let root: string;
let directory: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'file-response-cache-'));
  directory = join(root, 'nested', 'cache');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('createFileResponseCache', () => {
  it('creates its folder on the first store and reads the entry back', async () => {
    const cache = createFileResponseCache({ directory });
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, entry);
    expect(await cache.get(key)).toEqual(entry);
    expect(await readdir(directory)).toEqual([`${key}.json`]);
  });

  it('writes through a temporary file with owner-only permissions, leaving no temporary file behind', async () => {
    const cache = createFileResponseCache({ directory });
    await cache.set(key, entry);
    await cache.set(key, { ...entry, result: { ...entry.result, text: 'second' } });
    expect(await readdir(directory)).toEqual([`${key}.json`]);
    expect((await stat(join(directory, `${key}.json`))).mode & 0o777).toBe(0o600);
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(join(directory, `${key}.json`), 'utf8')).result.text).toBe('second');
  });

  it('throws for a file that is not valid JSON or not an entry', async () => {
    const cache = createFileResponseCache({ directory });
    await cache.set(key, entry);
    await writeFile(join(directory, `${key}.json`), '{"version": 1, "stor');
    expect(String(await rejectionOf(cache.get(key)))).toContain('is not valid JSON');
    await writeFile(join(directory, `${key}.json`), JSON.stringify({ ...entry, result: { text: 42 } }));
    expect(String(await rejectionOf(cache.get(key)))).toContain('is not a response cache entry');
  });

  it('refuses keys that are not hashes, so no file outside the folder is touched', async () => {
    const cache = createFileResponseCache({ directory });
    expect(String(await rejectionOf(cache.set('../../escape', entry)))).toContain(
      'is not a response cache key',
    );
    expect(String(await rejectionOf(cache.get('../secrets')))).toContain('is not a response cache key');
  });
});
