import { describe, expect, it } from 'vitest';
import { jsonInstructions, unwrapJsonCodeFence } from './json-instructions.js';

describe('jsonInstructions', () => {
  it('mentions JSON and carries the schema when there is one', () => {
    expect(jsonInstructions(undefined)).toMatch(/single JSON object/);
    expect(jsonInstructions({ type: 'object' })).toMatch(
      /must match this JSON Schema:\n\{"type":"object"\}$/,
    );
  });
});

describe('unwrapJsonCodeFence', () => {
  it('unwraps a reply that is one fenced block, with or without a language tag', () => {
    expect(unwrapJsonCodeFence('```json\n{"a": 1}\n```')).toBe('{"a": 1}');
    expect(unwrapJsonCodeFence('  ```\n{"a": [1,\n2]}\n```\n')).toBe('{"a": [1,\n2]}');
  });

  it('leaves anything else unchanged', () => {
    expect(unwrapJsonCodeFence('{"a": 1}')).toBe('{"a": 1}');
    expect(unwrapJsonCodeFence('Here it is:\n```json\n{"a": 1}\n```')).toBe(
      'Here it is:\n```json\n{"a": 1}\n```',
    );
  });
});
