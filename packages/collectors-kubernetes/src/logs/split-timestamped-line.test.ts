import { describe, expect, it } from 'vitest';
import { splitTimestampedLine } from './split-timestamped-line.js';

describe('splitTimestampedLine', () => {
  it('splits the kubelet timestamp (nanoseconds, cut to milliseconds) from the text', () => {
    expect(splitTimestampedLine('2026-03-04T09:58:00.123456789Z payment authorization failed')).toEqual({
      time: Date.parse('2026-03-04T09:58:00.123Z'),
      text: 'payment authorization failed',
    });
  });

  it('reads whole seconds, offsets and empty texts', () => {
    expect(splitTimestampedLine('2026-03-04T09:58:01Z x')?.time).toBe(Date.parse('2026-03-04T09:58:01Z'));
    expect(splitTimestampedLine('2026-03-04T11:58:01.5+02:00 x')?.time).toBe(
      Date.parse('2026-03-04T09:58:01.500Z'),
    );
    expect(splitTimestampedLine('2026-03-04T09:58:01Z ')).toEqual({
      time: Date.parse('2026-03-04T09:58:01Z'),
      text: '',
    });
  });

  it('returns null without a timestamp', () => {
    expect(splitTimestampedLine('\tat com.example.Main(Main.java:12)')).toBeNull();
    expect(splitTimestampedLine('2026-13-45T99:99:99Z broken')).toBeNull();
  });
});
