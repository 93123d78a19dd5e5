import { describe, expect, it } from 'vitest';
import { parseRotationName, sortByRotation } from './rotation-name.js';
import { serviceFromFileName } from './service-from-file-name.js';

describe('parseRotationName', () => {
  it('groups numbered, dated and compressed rotations with their live file', () => {
    for (const path of [
      '/l/app.log',
      '/l/app.log.1',
      '/l/app.log.2.gz',
      '/l/app.log-20260304.gz',
      '/l/app.log.2026-03-04',
    ]) {
      expect(parseRotationName(path).setPath).toBe('/l/app.log');
    }
    expect(parseRotationName('/l/app-2026.log').setPath).toBe('/l/app-2026.log');
  });

  it('sorts each set oldest first, the live file last', () => {
    const sorted = sortByRotation([
      '/l/app.log',
      '/l/worker.log.1',
      '/l/app.log.1',
      '/l/app.log.10.gz',
      '/l/app.log.2.gz',
      '/l/worker.log',
    ]);
    expect(sorted).toEqual([
      '/l/app.log.10.gz',
      '/l/app.log.2.gz',
      '/l/app.log.1',
      '/l/app.log',
      '/l/worker.log.1',
      '/l/worker.log',
    ]);
    expect(sortByRotation(['/l/app.log', '/l/app.log-20260304.gz', '/l/app.log-20260302.gz'])).toEqual([
      '/l/app.log-20260302.gz',
      '/l/app.log-20260304.gz',
      '/l/app.log',
    ]);
  });
});

describe('serviceFromFileName', () => {
  it('drops directories, rotation suffixes and log extensions', () => {
    expect(serviceFromFileName('/var/log/payments-api.log.2.gz')).toBe('payments-api');
    expect(serviceFromFileName('/var/log/app.log-20260304.gz')).toBe('app');
    expect(serviceFromFileName('/var/log/syslog')).toBe('syslog');
    expect(serviceFromFileName('/var/log/checkout.jsonl')).toBe('checkout');
    expect(serviceFromFileName('/var/log/.log')).toBeNull();
  });
});
