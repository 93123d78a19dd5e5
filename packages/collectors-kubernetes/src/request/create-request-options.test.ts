import { HttpMethod, RequestContext } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { createRequestOptions, type SentRequest } from './create-request-options.js';

describe('createRequestOptions', () => {
  it('attaches the signal and extra query parameters and records the URL', async () => {
    const signal = new AbortController().signal;
    const sent: SentRequest = { url: '' };
    const [middleware] =
      createRequestOptions({ signal, sent, queryParameters: { sinceTime: '2026-03-04T06:00:00Z' } })
        .middleware ?? [];
    const context = new RequestContext(
      'http://127.0.0.1:6443/api/v1/namespaces/prod/pods/p/log?container=api',
      HttpMethod.GET,
    );
    const result = await middleware?.pre(context).toPromise();
    expect(result?.getSignal()).toBe(signal);
    expect(sent.url).toBe(
      'http://127.0.0.1:6443/api/v1/namespaces/prod/pods/p/log?container=api&sinceTime=2026-03-04T06%3A00%3A00Z',
    );
  });

  it('refuses to send anything but GET', () => {
    const [middleware] =
      createRequestOptions({ signal: new AbortController().signal, sent: { url: '' } }).middleware ?? [];
    for (const method of [HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE]) {
      const context = new RequestContext('http://127.0.0.1:6443/api/v1/namespaces/prod/pods/p', method);
      expect(() => middleware?.pre(context)).toThrow(`refused to send ${method}`);
    }
  });
});
