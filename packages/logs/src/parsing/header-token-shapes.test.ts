import { describe, expect, it } from 'vitest';
import {
  isCapitalsWord,
  isClassName,
  isJavaClassName,
  isLoggerName,
  isMachineToken,
  isSourceLocation,
} from './header-token-shapes.js';

const whole = (check: (text: string, start: number, end: number) => boolean) => (text: string) =>
  check(text, 0, text.length);

describe('header token shapes', () => {
  it('tells logger names from words', () => {
    const logger = whole(isLoggerName);
    for (const name of ['search.api', 'o.e.s.BlockManager', 'Outer$Inner', '__main__', 'ActivityManager']) {
      expect(logger(name), name).toBe(true);
    }
    for (const word of ['ciod', 'Starting', 'etc.', 'wait..now', 'a', 'http://x', 'x(y)']) {
      expect(logger(word), word).toBe(false);
    }
  });

  it('recognises class names, capitals, machine tokens and source locations', () => {
    expect(whole(isClassName)('Remoting')).toBe(true);
    expect(whole(isClassName)('REMOTING')).toBe(false);
    expect(whole(isCapitalsWord)('KERNEL')).toBe(true);
    expect(whole(isCapitalsWord)('Kernel')).toBe(false);
    expect(whole(isMachineToken)('rack7-n3:slot2')).toBe(true);
    expect(whole(isMachineToken)('gateway')).toBe(false);
    expect(whole(isSourceLocation)('main.go:42')).toBe(true);
    expect(whole(isSourceLocation)('host:42')).toBe(false);
    expect(isJavaClassName('c.e.pay.ChargeController')).toBe(true);
    expect(isJavaClassName('search.api')).toBe(false);
  });
});
