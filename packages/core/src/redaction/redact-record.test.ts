import { describe, expect, it } from 'vitest';
import { createRedactor } from './create-redactor.js';
import { mergeCounts, redactStringRecord } from './redact-record.js';

const redactor = createRedactor();

describe('redactStringRecord', () => {
  it('redacts string values and copies other values unchanged', () => {
    const result = redactStringRecord(redactor, {
      message: 'login failed password=abc12',
      url: 'postgres://app:pw123@db:5432/app',
      status: 401,
      retried: false,
      region: null,
      service: 'checkout',
    });
    expect(result.record).toEqual({
      message: 'login failed password=[REDACTED:secret-assignment]',
      url: 'postgres://app:[REDACTED:url-credentials]@db:5432/app',
      status: 401,
      retried: false,
      region: null,
      service: 'checkout',
    });
    expect(result.counts).toEqual({ 'secret-assignment': 1, 'url-credentials': 1 });
    expect(result.total).toBe(2);
  });

  it('replaces the whole value of secret-named keys', () => {
    const result = redactStringRecord(redactor, {
      password: 'correct horse battery staple',
      api_key: 'k1',
      Authorization: 'Bearer abc.def',
      'http.request.header.x-api-key': 'zzz',
      'db.password': 'p',
      user: 'alice',
    });
    expect(result.record).toEqual({
      password: '[REDACTED:secret-field]',
      api_key: '[REDACTED:secret-field]',
      Authorization: '[REDACTED:secret-field]',
      'http.request.header.x-api-key': '[REDACTED:secret-field]',
      'db.password': '[REDACTED:secret-field]',
      user: 'alice',
    });
    expect(result.counts).toEqual({ 'secret-field': 5 });
    expect(result.total).toBe(5);
  });

  it('leaves secret-named keys alone when their value holds no secret', () => {
    const record = {
      password: '',
      token: 'null',
      secret: '****',
      api_key: `\${API_KEY}`,
      auth_token: '[REDACTED:json-web-token]',
      pin_password: 1234,
    };
    const result = redactStringRecord(redactor, record);
    expect(result.record).toEqual(record);
    expect(result.total).toBe(0);
  });

  it('does not treat counters and names as secret fields', () => {
    const record = { token_count: '512', author: 'alice', tokenizer: 'cl100k_base', secretName: 'db-creds' };
    expect(redactStringRecord(redactor, record)).toEqual({ record, counts: {}, total: 0 });
  });

  it('redacts secret fields even without the default rules', () => {
    const bare = createRedactor({ includeDefaultRules: false });
    const result = redactStringRecord(bare, { password: 'abc', note: 'password=abc' });
    expect(result.record).toEqual({ password: '[REDACTED:secret-field]', note: 'password=abc' });
    expect(result.counts).toEqual({ 'secret-field': 1 });
  });

  it('is idempotent', () => {
    const first = redactStringRecord(redactor, { password: 'abc', message: 'token=abc12' });
    const second = redactStringRecord(redactor, first.record);
    expect(second.record).toEqual(first.record);
    expect(second.total).toBe(0);
  });

  it('does not mutate the input and keeps unusual keys as plain keys', () => {
    const record = JSON.parse('{"__proto__": "password=abc12", "message": "ok"}') as Record<string, string>;
    const snapshot = JSON.stringify(record);
    const result = redactStringRecord(redactor, record);
    expect(JSON.stringify(record)).toBe(snapshot);
    expect(Object.keys(result.record)).toEqual(['__proto__', 'message']);
    expect(Object.getPrototypeOf(result.record)).toBe(Object.prototype);
    expect(result.total).toBe(1);
  });
});

describe('mergeCounts', () => {
  it('adds counts, creating missing keys', () => {
    const into: Record<string, number> = { 'github-token': 2 };
    mergeCounts(into, { 'github-token': 1, 'secret-assignment': 3 });
    mergeCounts(into, {});
    expect(into).toEqual({ 'github-token': 3, 'secret-assignment': 3 });
  });

  it('treats keys named like Object.prototype members as ordinary keys', () => {
    const into: Record<string, number> = {};
    mergeCounts(into, JSON.parse('{"constructor": 1, "__proto__": 2}') as Record<string, number>);
    mergeCounts(into, { constructor: 1 });
    expect(Object.entries(into)).toEqual([
      ['constructor', 2],
      ['__proto__', 2],
    ]);
  });
});
