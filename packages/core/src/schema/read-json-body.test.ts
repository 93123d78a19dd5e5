import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { readJsonBody } from './read-json-body.js';

const options = { source: 'test webhook', maxBodyBytes: 64, hint: 'Send a JSON object.' };

function failure(body: Parameters<typeof readJsonBody>[0]): InvalidInputError {
  try {
    readJsonBody(body, options);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('readJsonBody', () => {
  it('parses text and bytes, skips a byte-order mark, and passes already-parsed JSON through', () => {
    expect(readJsonBody('{"a":1}', options)).toEqual({ a: 1 });
    expect(readJsonBody(Buffer.from('\uFEFF{"b":[2]}'), options)).toEqual({ b: [2] });
    const parsed = { c: true };
    expect(readJsonBody(parsed, options)).toBe(parsed);
  });

  it('names what is wrong: too large, not UTF-8, empty, not JSON', () => {
    expect(failure('x'.repeat(65)).message).toContain('body is 65 bytes, more than the 64 accepted');
    expect(failure(new Uint8Array([0xff, 0xfe, 0x00])).message).toContain('not valid UTF-8');
    expect(failure('  ').message).toContain('body is empty');
    const notJson = failure('{"a":');
    expect(notJson.message).toContain('body is not valid JSON');
    expect(notJson.message).toContain('Invalid test webhook');
  });
});
