import { describe, expect, it } from 'vitest';
import { secretValues } from './secret-values.js';

describe('secretValues', () => {
  it('keeps the values of credential-carrying names only', () => {
    expect(
      secretValues({
        'api-key': 'azure-key-value',
        Authorization: 'Bearer gateway-token',
        'X-Auth-Token': 'token-value',
        'api-version': '2024-10-21',
        'x-team': 'platform',
      }),
    ).toEqual(['azure-key-value', 'Bearer gateway-token', 'token-value']);
    expect(secretValues(undefined)).toEqual([]);
  });
});
