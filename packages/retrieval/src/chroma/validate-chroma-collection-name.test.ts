import { describe, expect, it } from 'vitest';
import {
  validateChromaCollectionBaseName,
  validateChromaCollectionName,
} from './validate-chroma-collection-name.js';

describe('validateChromaCollectionName', () => {
  it.each(['abc', 'runbooks', 'a.b_c-d', 'Runbooks-2026', '123', `a${'b'.repeat(510)}c`])(
    'accepts %j',
    (name) => {
      expect(validateChromaCollectionName(name)).toBeUndefined();
    },
  );

  it('rejects names shorter than 3 or longer than 512 characters', () => {
    expect(validateChromaCollectionName('ab')).toMatch(/3 to 512 characters long, got 2/);
    expect(validateChromaCollectionName('')).toMatch(/got 0/);
    expect(validateChromaCollectionName('a'.repeat(513))).toMatch(/got 513/);
  });

  it('names the characters Chroma does not allow', () => {
    expect(validateChromaCollectionName('run books/v2')).toMatch(/contains " ", "\/"/);
    expect(validateChromaCollectionName('runbooks:prod')).toMatch(/contains ":"/);
  });

  it('requires a letter or digit at both ends', () => {
    expect(validateChromaCollectionName('-runbooks')).toMatch(/start and end with a letter or digit/);
    expect(validateChromaCollectionName('runbooks.')).toMatch(/start and end with a letter or digit/);
    expect(validateChromaCollectionName('_ab_')).toMatch(/start and end/);
  });
});

describe('validateChromaCollectionBaseName', () => {
  it('accepts short base names and names ending in a separator, since a suffix follows', () => {
    expect(validateChromaCollectionBaseName('k')).toBeUndefined();
    expect(validateChromaCollectionBaseName('runbooks-')).toBeUndefined();
  });

  it('rejects empty, overlong, badly started or badly spelled base names', () => {
    expect(validateChromaCollectionBaseName('')).toMatch(/1 to 400 characters/);
    expect(validateChromaCollectionBaseName('a'.repeat(401))).toMatch(/got 401/);
    expect(validateChromaCollectionBaseName('.runbooks')).toMatch(/must start with a letter or digit/);
    expect(validateChromaCollectionBaseName('run books')).toMatch(/contains " "/);
  });
});
