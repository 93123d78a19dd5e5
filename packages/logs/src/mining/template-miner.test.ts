import { describe, expect, it } from 'vitest';
import { DISTINCT_WORDS_TO_GENERALISE, TemplateMiner } from './template-miner.js';

function mine(messages: readonly string[], miner = new TemplateMiner()) {
  const ids = messages.map((message) => miner.add(message));
  return { miner, ids, templates: ids.map((id) => miner.template(id)) };
}

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];

describe('TemplateMiner', () => {
  it('clusters lines of one template and keeps other templates apart', () => {
    const { miner, ids } = mine([
      'Connection from 10.0.0.1:5432 closed after 12ms',
      'Disk /dev/sda1 is 91% full',
      'Connection from 10.0.0.2:6543 closed after 7ms',
      'Disk /dev/sdb2 is 97% full',
      'Connection from 10.0.0.3:5432 closed after 120ms',
    ]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).toBe(ids[4]);
    expect(ids[1]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(miner.clusters().map((cluster) => [cluster.template, cluster.count])).toEqual([
      ['Connection from <*>:<*> closed after <*>', 3],
      ['Disk <*> is <*> full', 2],
    ]);
  });

  it('generalises a word position once enough distinct words show there', () => {
    const { miner, ids } = mine(USERS.map((user) => `Accepted password for ${user} from 10.1.1.1 port 22`));
    const survivor = miner.resolve(ids[0] as number);
    expect(ids.map((id) => miner.resolve(id))).toEqual(USERS.map(() => survivor));
    expect(miner.template(ids[0] as number)).toBe('Accepted password for <*> from <*> port <*>');
    expect(miner.clusters()).toHaveLength(1);
    expect(miner.clusters()[0]?.count).toBe(USERS.length);
  });

  it('keeps a small closed set of alternatives apart', () => {
    const states = ['RUNNING', 'STOPPED', 'FAILED'].slice(0, DISTINCT_WORDS_TO_GENERALISE - 1);
    const { miner } = mine(
      states.flatMap((state) => [`task 1 entered state ${state}`, `task 2 entered state ${state}`]),
    );
    expect(miner.clusters().map((cluster) => cluster.template)).toEqual(
      states.map((state) => `task <*> entered state ${state}`),
    );
  });

  it('generalises at once where another line shows data', () => {
    const { miner, ids } = mine(['lookup for host alpha failed', 'lookup for host 10.2.3.4 failed']);
    expect(miner.resolve(ids[0] as number)).toBe(miner.resolve(ids[1] as number));
    expect(miner.template(ids[0] as number)).toBe('lookup for host <*> failed');
  });

  it('lets a generalised cluster absorb new words without new clusters', () => {
    const { miner } = mine([...USERS, 'grace', 'heidi'].map((user) => `session opened for user ${user}`));
    expect(miner.clusters()).toHaveLength(1);
  });

  it('never generalises a template into wildcards only', () => {
    const { miner } = mine([
      'Launching 1',
      'KILLING 2',
      'ATTEMPT_START 3',
      'JOB_CREATE 4',
      'DataStreamer Exception',
    ]);
    expect(miner.clusters().map((cluster) => cluster.template)).not.toContain('<*> <*>');
  });

  it('answers merged ids for the surviving cluster', () => {
    const { miner, ids } = mine(USERS.map((user) => `login of ${user} refused`));
    for (const id of ids) {
      expect(miner.has(id)).toBe(true);
      expect(miner.template(id)).toBe('login of <*> refused');
      expect(miner.patternId(id)).toBe(miner.patternId(ids[0] as number));
    }
  });

  it('derives pattern ids from the template text only, stable across miners and input orders', () => {
    const lines = [
      ...USERS.map((user) => `user ${user} logged out after 5s`),
      'cache warmed in 30ms',
      'cache warmed in 2ms',
    ];
    const forward = mine(lines);
    const backward = mine([...lines].reverse());
    const byTemplate = (result: ReturnType<typeof mine>) =>
      new Map(result.miner.clusters().map((cluster) => [cluster.template, cluster.patternId]));
    expect(byTemplate(forward)).toEqual(byTemplate(backward));
    // Pinned: the id is SHA-256 based, so it is the same in every process and release.
    expect(forward.miner.patternId(forward.ids[0] as number)).toBe('pat_ff9aa51c0579');
  });

  it('is deterministic for the same input order', () => {
    const lines = Array.from(
      { length: 500 },
      (_, index) => `worker ${USERS[index % USERS.length]} took ${index}ms on node-${index % 7}`,
    );
    const first = mine(lines);
    const second = mine(lines);
    expect(second.ids).toEqual(first.ids);
    expect(second.miner.clusters()).toEqual(first.miner.clusters());
  });

  it('keeps at most maxClusters clusters, evicting the least recently used, and never reuses ids', () => {
    const miner = new TemplateMiner({ maxClusters: 3 });
    const ids = ['alpha one', 'beta two three', 'gamma', 'delta four five six', 'alpha one'].map((line) =>
      miner.add(line),
    );
    expect(miner.stateSize().clusters).toBeLessThanOrEqual(3);
    expect(miner.has(ids[0] as number)).toBe(false);
    expect(miner.template(ids[0] as number)).toBe('');
    expect(miner.resolve(ids[0] as number)).toBe(-1);
    expect(ids[4]).toBeGreaterThan(ids[3] as number);
    for (let index = 0; index < 1000; index++)
      miner.add(`distinct message number ${'x'.repeat(index % 50)} ${index % 13 ? 'a' : 'b'}`);
    expect(miner.clusters().length).toBeLessThanOrEqual(3);
  });

  it('reports a state size that grows with clusters', () => {
    const miner = new TemplateMiner();
    const empty = miner.stateSize();
    for (let index = 0; index < 50; index++)
      miner.add(`event kind${'abcdefghij'[index % 10]}${'klmnopq'[index % 7]} happened`);
    const filled = miner.stateSize();
    expect(empty.clusters).toBe(0);
    expect(filled.clusters).toBeGreaterThan(0);
    expect(filled.approximateBytes).toBeGreaterThan(empty.approximateBytes);
  });

  it('never throws on bad input', () => {
    const miner = new TemplateMiner();
    const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, index) => (index * 7919) % 65536));
    const inputs = [
      '',
      '   ',
      'x'.repeat(1_000_000),
      'a b '.repeat(300_000),
      binary,
      'bad bytes \ufffd\ufffd\ufffd in \ufffd line',
      '\ud800 lone surrogates \udfff',
      '\u0000\u0001\u0002\u0003',
      '"unterminated quote and (bracket',
      undefined as unknown as string,
      42 as unknown as string,
    ];
    for (const input of inputs) {
      const id = miner.add(input);
      expect(Number.isInteger(id)).toBe(true);
      expect(typeof miner.template(id)).toBe('string');
      expect(miner.patternId(id)).toMatch(/^pat_[0-9a-f]{12}$/);
    }
    expect(miner.template(-5)).toBe('');
    expect(miner.patternId(123456)).toBe('');
  });

  it('bounds the template of a huge line', () => {
    const miner = new TemplateMiner();
    const id = miner.add(`start ${'word '.repeat(200_000)}end`);
    expect(miner.template(id).length).toBeLessThan(4_000);
  });
});
