import { describe, expect, it } from 'vitest';
import { metadataFilterToWhere } from './metadata-filter-to-where.js';

describe('metadataFilterToWhere', () => {
  it('sends no where clause for no filter or an empty one', () => {
    expect(metadataFilterToWhere(undefined)).toEqual({ where: undefined, issues: [] });
    expect(metadataFilterToWhere({})).toEqual({ where: undefined, issues: [] });
  });

  it('matches a string as a scalar or as an array member', () => {
    expect(metadataFilterToWhere({ services: 'payments' }).where).toEqual({
      $or: [{ services: { $eq: 'payments' } }, { '@has:services=payments': { $eq: true } }],
    });
  });

  it('matches numbers and booleans as scalars only', () => {
    expect(metadataFilterToWhere({ priority: 2 }).where).toEqual({ priority: { $eq: 2 } });
    expect(metadataFilterToWhere({ paged: false }).where).toEqual({ paged: { $eq: false } });
  });

  it('requires every key with $and', () => {
    expect(metadataFilterToWhere({ kind: 'runbook', priority: 1 }).where).toEqual({
      $and: [
        { $or: [{ kind: { $eq: 'runbook' } }, { '@has:kind=runbook': { $eq: true } }] },
        { priority: { $eq: 1 } },
      ],
    });
  });

  it('uses the same escaped membership key as the encoder', () => {
    expect(metadataFilterToWhere({ 'a=b': 'c' }).where).toEqual({
      $or: [{ 'a=b': { $eq: 'c' } }, { '@has:a\\=b=c': { $eq: true } }],
    });
  });

  it('reports reserved keys and unusable values', () => {
    const { issues } = metadataFilterToWhere({
      '@title': 'x',
      '': 'y',
      score: Number.POSITIVE_INFINITY,
      tags: ['a'] as unknown as string,
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'filter["@title"]',
      'filter[""]',
      'filter["score"]',
      'filter["tags"]',
    ]);
  });
});
