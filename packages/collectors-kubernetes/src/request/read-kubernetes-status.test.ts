import { describe, expect, it } from 'vitest';
import { readKubernetesStatus } from './read-kubernetes-status.js';

describe('readKubernetesStatus', () => {
  it('reads message, reason, an expired list’s continue token and retryAfterSeconds', () => {
    const body = JSON.stringify({
      kind: 'Status',
      metadata: { continue: 'eyJ2Ijoi' },
      status: 'Failure',
      message: 'too old',
      reason: 'Expired',
      details: { retryAfterSeconds: 2 },
      code: 410,
    });
    expect(readKubernetesStatus(body)).toEqual({
      message: 'too old',
      reason: 'Expired',
      continueToken: 'eyJ2Ijoi',
      retryAfterSeconds: 2,
    });
    expect(readKubernetesStatus(Buffer.from(body))).toMatchObject({ reason: 'Expired' });
  });

  it('keeps the text of a body that is not a Status, and never throws', () => {
    expect(readKubernetesStatus('<html>\n  Bad Gateway\n</html>')).toEqual({
      message: '<html> Bad Gateway </html>',
    });
    expect(readKubernetesStatus(undefined)).toEqual({});
    expect(readKubernetesStatus('[1,2]')).toEqual({});
    expect(readKubernetesStatus(JSON.stringify({ message: 'x'.repeat(600) })).message).toHaveLength(501);
  });
});
