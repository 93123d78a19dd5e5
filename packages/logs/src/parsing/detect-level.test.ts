import { describe, expect, it } from 'vitest';
import {
  levelFromLetter,
  levelFromNumber,
  levelFromRange,
  levelFromSyslogPriority,
  levelFromWord,
  upperCaseLevelFromRange,
} from './detect-level.js';

describe('level detection', () => {
  it('maps the usual spellings onto the core severity scale', () => {
    const cases: [string, string][] = [
      ['INFO', 'info'],
      ['Warning', 'warning'],
      ['warn', 'warning'],
      ['ERR', 'error'],
      ['SEVERE', 'error'],
      ['FATAL', 'critical'],
      ['panic', 'critical'],
      ['debug', 'debug'],
      ['FINEST', 'debug'],
      ['informational', 'info'],
      ['notice', 'info'],
    ];
    for (const [word, severity] of cases) expect(levelFromWord(word), word).toBe(severity);
    expect(levelFromWord('chatty')).toBeNull();
    expect(levelFromWord('in')).toBeNull();
  });

  it('reads ranges, with capitals only when asked', () => {
    expect(levelFromRange('x ERROR y', 2, 7)).toBe('error');
    expect(upperCaseLevelFromRange('x error y', 2, 7)).toBeNull();
    expect(upperCaseLevelFromRange('x ERROR y', 2, 7)).toBe('error');
  });

  it('reads letters, numbers and syslog priorities', () => {
    expect(levelFromLetter('W')).toBe('warning');
    expect(levelFromLetter('Q')).toBeNull();
    expect([10, 20, 30, 40, 50, 60].map(levelFromNumber)).toEqual([
      'debug',
      'debug',
      'info',
      'warning',
      'error',
      'critical',
    ]);
    expect(levelFromNumber(Number.NaN)).toBe('unknown');
    expect(levelFromSyslogPriority(34)).toBe('critical');
    expect(levelFromSyslogPriority(165)).toBe('info');
    expect(levelFromSyslogPriority(300)).toBeNull();
  });
});
