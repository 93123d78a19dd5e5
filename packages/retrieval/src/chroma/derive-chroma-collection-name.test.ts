import { describe, expect, it } from 'vitest';
import { deriveChromaCollectionName } from './derive-chroma-collection-name.js';
import { validateChromaCollectionName } from './validate-chroma-collection-name.js';

const openai = {
  name: 'runbooks',
  providerId: 'openai',
  modelId: 'text-embedding-3-small',
  dimensions: 1536,
};

describe('deriveChromaCollectionName', () => {
  it('joins the base name, provider, model and dimensions when they are all valid characters', () => {
    expect(deriveChromaCollectionName(openai)).toBe('runbooks-openai-text-embedding-3-small-1536');
  });

  it('gives another model, provider or vector length another collection', () => {
    const names = new Set([
      deriveChromaCollectionName(openai),
      deriveChromaCollectionName({ ...openai, dimensions: 512 }),
      deriveChromaCollectionName({ ...openai, modelId: 'text-embedding-3-large' }),
      deriveChromaCollectionName({ ...openai, providerId: 'ollama' }),
    ]);
    expect(names.size).toBe(4);
  });

  it('replaces disallowed characters and adds a hash so that look-alike model ids stay apart', () => {
    const slash = deriveChromaCollectionName({
      ...openai,
      providerId: 'local',
      modelId: 'nomic-ai/nomic-embed',
    });
    const colon = deriveChromaCollectionName({
      ...openai,
      providerId: 'local',
      modelId: 'nomic-ai:nomic-embed',
    });
    expect(slash).toMatch(/^runbooks-local-nomic-ai-nomic-embed-[0-9a-f]{8}-1536$/);
    expect(colon).toMatch(/^runbooks-local-nomic-ai-nomic-embed-[0-9a-f]{8}-1536$/);
    expect(slash).not.toBe(colon);
    expect(validateChromaCollectionName(slash)).toBeUndefined();
  });

  it('is stable: the same model always maps to the same name', () => {
    const parts = { ...openai, modelId: 'org/model@v1' };
    expect(deriveChromaCollectionName(parts)).toBe(deriveChromaCollectionName({ ...parts }));
  });

  it('shortens to 512 characters, keeping the hash and the dimensions', () => {
    const long = deriveChromaCollectionName({ ...openai, modelId: 'm'.repeat(600) });
    const longer = deriveChromaCollectionName({ ...openai, modelId: 'm'.repeat(601) });
    expect(long).toHaveLength(512);
    expect(long).toMatch(/-[0-9a-f]{8}-1536$/);
    expect(long).not.toBe(longer);
    expect(validateChromaCollectionName(long)).toBeUndefined();
  });
});
