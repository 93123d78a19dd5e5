import { describe, expect, it } from 'vitest';
import { abortableWait } from './internal/abortable-wait.js';
import { cosineSimilarity } from './internal/cosine-similarity.js';
import { hashString } from './internal/hash-string.js';
import { toCanonicalJson } from './internal/to-canonical-json.js';
import { tokenizeWords } from './internal/tokenize-words.js';

describe('internal helpers', () => {
  it('abortableWait resolves after the delay and rejects with the reason on abort', async () => {
    await expect(abortableWait(5)).resolves.toBeUndefined();
    const controller = new AbortController();
    const waiting = abortableWait(Number.POSITIVE_INFINITY, controller.signal);
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    await expect(abortableWait(5, controller.signal)).rejects.toBe(reason);
  });

  it('toCanonicalJson ignores key order and undefined properties', () => {
    expect(toCanonicalJson({ b: 1, a: [new Date(0), undefined], c: undefined })).toBe(
      '{"a":["1970-01-01T00:00:00.000Z",null],"b":1}',
    );
    expect(toCanonicalJson({ x: 1, y: 2 })).toBe(toCanonicalJson({ y: 2, x: 1 }));
  });

  it('tokenizeWords lowercases and splits on non-alphanumerics, keeping non-ASCII letters', () => {
    expect(tokenizeWords('Disk-FULL on node_3: 95%  Überlauf')).toEqual([
      'disk',
      'full',
      'on',
      'node',
      '3',
      '95',
      'überlauf',
    ]);
  });

  it('cosineSimilarity handles zero vectors and refuses length mismatches', () => {
    expect(cosineSimilarity([1, 0], [2, 0])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([0, 0], [1, 0])).toBe(0);
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(RangeError);
  });

  it('hashString is a stable unsigned 32-bit hash', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('disk')).toBe(hashString('disk'));
  });
});
