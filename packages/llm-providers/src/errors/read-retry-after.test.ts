import { describe, expect, it } from 'vitest';
import { readRetryAfter } from './read-retry-after.js';

const now = Date.parse('2026-11-27T07:00:00Z');
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('readRetryAfter', () => {
  it('reads delay-seconds, including fractions', () => {
    expect(readRetryAfter(headers({ 'retry-after': '1' }), now)).toBe(1000);
    expect(readRetryAfter(headers({ 'retry-after': '0.25' }), now)).toBe(250);
  });

  it('prefers retry-after-ms', () => {
    expect(readRetryAfter(headers({ 'retry-after-ms': '120', 'retry-after': '5' }), now)).toBe(120);
  });

  it('reads an HTTP date relative to now, never below zero', () => {
    expect(readRetryAfter(headers({ 'retry-after': 'Fri, 27 Nov 2026 07:00:30 GMT' }), now)).toBe(30_000);
    expect(readRetryAfter(headers({ 'retry-after': 'Fri, 27 Nov 2026 06:59:00 GMT' }), now)).toBe(0);
  });

  it('is undefined when absent or unreadable', () => {
    expect(readRetryAfter(undefined, now)).toBeUndefined();
    expect(readRetryAfter(headers({}), now)).toBeUndefined();
    expect(readRetryAfter(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(readRetryAfter(headers({ 'retry-after-ms': '-5' }), now)).toBeUndefined();
  });
});
