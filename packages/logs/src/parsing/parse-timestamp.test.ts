import { describe, expect, it } from 'vitest';
import { readTimestamp } from './parse-timestamp.js';

const read = (text: string) => readTimestamp(text, 0, 2026);

describe('readTimestamp', () => {
  it('reads ISO 8601 with T or space, fractions and zones', () => {
    expect(read('2026-03-04T14:10:02Z rest')).toEqual({ time: Date.parse('2026-03-04T14:10:02Z'), end: 20 });
    expect(read('2026-03-04 14:10:02,5 x')?.time).toBe(Date.parse('2026-03-04T14:10:02.500Z'));
    expect(read('2026-03-04T14:10:02.123456789-0530')?.time).toBe(Date.parse('2026-03-04T19:40:02.123Z'));
    expect(read('2026-03-04T14:10:02+01:00')?.time).toBe(Date.parse('2026-03-04T13:10:02Z'));
  });

  it('reads the other date-first shapes', () => {
    expect(read('2026/03/04 14:10:02')?.time).toBe(Date.parse('2026-03-04T14:10:02Z'));
    expect(read('2026.03.04 x')?.time).toBe(Date.parse('2026-03-04T00:00:00Z'));
    expect(read('2026-03-04-14.10.02.123456 x')?.time).toBe(Date.parse('2026-03-04T14:10:02.123Z'));
    expect(read('20260304-14:10:02:606|')?.time).toBe(Date.parse('2026-03-04T14:10:02.606Z'));
    expect(read('260304 141002 7')).toEqual({ time: Date.parse('2026-03-04T14:10:02Z'), end: 13 });
    expect(read('26/03/04 14:10:02')?.time).toBe(Date.parse('2026-03-04T14:10:02Z'));
    expect(read('03/04/2026 14:10:02')?.time).toBe(Date.parse('2026-03-04T14:10:02Z'));
    expect(read('04/Mar/2026:14:10:02 -0700]')?.time).toBe(Date.parse('2026-03-04T21:10:02Z'));
    expect(read('03-04 14:10:02.123 x')?.time).toBe(Date.parse('2026-03-04T14:10:02.123Z'));
  });

  it('reads epochs by their size', () => {
    expect(read('1772633402 x')?.time).toBe(1772633402000);
    expect(read('1772633402.25 x')?.time).toBe(1772633402250);
    expect(read('1772633402123 x')?.time).toBe(1772633402123);
    expect(read('1772633402123456 x')?.time).toBe(1772633402123);
    expect(read('1772633402x')).toBeNull();
  });

  it('reads month-name shapes with the reference year', () => {
    expect(read('Mar  4 14:10:02 host')?.time).toBe(Date.parse('2026-03-04T14:10:02Z'));
    expect(read('Wed Mar 04 14:10:02.5 2026]')?.time).toBe(Date.parse('2026-03-04T14:10:02.500Z'));
    expect(read('Wed Mar 04 14:10:02 UTC 2026')?.time).toBe(Date.parse('2026-03-04T14:10:02Z'));
    expect(read('Wed, 04 Mar 2026 14:10:02 +0100')?.time).toBe(Date.parse('2026-03-04T13:10:02Z'));
  });

  it('recognises a bare time of day without inventing a date', () => {
    expect(read('14:10:02.123 [main]')).toEqual({ time: null, end: 12 });
  });

  it('rejects text that is not a timestamp or is out of range', () => {
    for (const text of [
      'hello',
      '2026-13-01',
      '2026-03-04T25:00:00',
      '12345 x',
      'Mar x',
      '',
      '2026-03-04x',
    ]) {
      expect(read(text), text).toBeNull();
    }
  });
});
