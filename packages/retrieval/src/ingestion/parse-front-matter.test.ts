import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './parse-front-matter.js';

function errorOf(content: string): InvalidInputError {
  try {
    parseFrontMatter(content, 'kb/disk.md');
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('parseFrontMatter', () => {
  it('parses the YAML between the --- lines, with the line of each key, and returns the body', () => {
    const { fields, body } = parseFrontMatter(
      '---\ntitle: Disk full\nservices: [payments, checkout]\ndate: 2026-01-22\n---\n# Disk full\n',
      'kb/disk.md',
    );
    expect([...fields]).toEqual([
      ['title', { value: 'Disk full', line: 2 }],
      ['services', { value: ['payments', 'checkout'], line: 3 }],
      ['date', { value: '2026-01-22', line: 4 }],
    ]);
    expect(body).toBe('# Disk full\n');
  });

  it('returns the whole text as body when there is no front matter, and accepts an empty one or a BOM', () => {
    expect(parseFrontMatter('# Title\n---\nkey: value', 'x.md')).toEqual({
      fields: new Map(),
      body: '# Title\n---\nkey: value',
    });
    expect(parseFrontMatter('---\n---\nBody', 'x.md').body).toBe('Body');
    expect(parseFrontMatter('\uFEFF---\ntitle: T\n...\nBody', 'x.md').fields.get('title')?.value).toBe('T');
  });

  it('names the file and line of invalid YAML, duplicate keys, unclosed or non-mapping front matter', () => {
    const invalid = errorOf('---\ntitle: Disk\nservices: [a, b\nkind: runbook\n---\nBody');
    expect(invalid.message).toContain('front matter of kb/disk.md');
    expect(invalid.issues[0]?.path).toMatch(/^line [345]$/);
    expect(invalid.issues[0]?.message).toContain('not valid YAML');
    const duplicate = errorOf('---\ntitle: A\ntitle: B\n---\nBody');
    expect(duplicate.issues[0]).toMatchObject({ path: 'line 3' });
    expect(errorOf('---\ntitle: A\nBody without end').issues[0]?.message).toContain('never closed');
    expect(errorOf('---\n- a\n- b\n---\nBody').issues[0]?.message).toContain('must be a mapping');
  });
});
