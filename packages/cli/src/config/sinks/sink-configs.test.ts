import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import { createSampleTriageReport } from '@triagekit/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSinksFromConfig, sinkConfigSchema } from './sink-configs.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-sinks-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('sinks from the config file', () => {
  it('writes report files per report, relative to the config file', async () => {
    const [sink] = createSinksFromConfig([{ type: 'files', directory: 'published' }], {}, directory);
    const report = createSampleTriageReport();
    expect(await sink?.doExport({ report })).toEqual({
      ok: true,
      location: join(directory, 'published', report.id),
    });
    expect((await readdir(join(directory, 'published', report.id))).sort()).toEqual([
      'report.html',
      'report.json',
      'report.md',
    ]);
  });

  it('reads secrets from the named environment variables and names the one that is missing', () => {
    const slack = sinkConfigSchema.parse({ type: 'slack', webhookUrlEnv: 'SLACK_URL' });
    expect(createSinksFromConfig([slack], { SLACK_URL: 'http://127.0.0.1:9/hook' })[0]?.sinkId).toBeTypeOf(
      'string',
    );
    const error = (() => {
      try {
        createSinksFromConfig([slack], {});
      } catch (caught) {
        return caught;
      }
    })();
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(
      'sinks.0.webhookUrlEnv: environment variable SLACK_URL is not set',
    );
  });

  it('rejects a Slack entry with neither a webhook nor a channel, and unknown keys', () => {
    expect(sinkConfigSchema.safeParse({ type: 'slack', tokenEnv: 'T' }).success).toBe(false);
    expect(sinkConfigSchema.safeParse({ type: 'files', directory: 'x', colour: 'red' }).success).toBe(false);
  });
});
