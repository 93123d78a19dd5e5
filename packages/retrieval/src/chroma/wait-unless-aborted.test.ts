import { describe, expect, it } from 'vitest';
import { waitUnlessAborted } from './wait-unless-aborted.js';

describe('waitUnlessAborted', () => {
  it('passes the promise’s outcome through', async () => {
    await expect(waitUnlessAborted(Promise.resolve('opened'), new AbortController().signal)).resolves.toBe(
      'opened',
    );
    await expect(waitUnlessAborted(Promise.reject(new Error('down')), undefined)).rejects.toThrow('down');
  });

  it('stops waiting on abort while the shared work keeps going for others', async () => {
    let finish: (value: string) => void = () => {};
    const shared = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const impatient = new AbortController();
    const first = waitUnlessAborted(shared, impatient.signal);
    const second = waitUnlessAborted(shared, new AbortController().signal);
    impatient.abort(new Error('gave up'));
    await expect(first).rejects.toThrow('gave up');
    finish('opened');
    await expect(second).resolves.toBe('opened');
  });
});
