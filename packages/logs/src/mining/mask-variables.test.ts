import { describe, expect, it } from 'vitest';
import { maskVariables } from './mask-variables.js';

describe('maskVariables', () => {
  it.each([
    [
      'numbers',
      'retry 3 of 10 after -2 with ratio 0.75 and +7',
      'retry <*> of <*> after <*> with ratio <*> and <*>',
    ],
    [
      'hex numbers and hex ids',
      'fault at 0x7ffd1c and 003a9108, object c51471f2c',
      'fault at <*> and <*>, object <*>',
    ],
    [
      'IPv4 with and without port',
      'peer 10.0.0.7:5432 and 192.168.1.1 refused',
      'peer <*>:<*> and <*> refused',
    ],
    [
      'IPv6 with and without port',
      'bind [::1]:8080 and fe80::1%eth0 and 2001:db8::ff00:42:8329',
      'bind [<*>]:<*> and <*> and <*>',
    ],
    ['UUIDs', 'request 123e4567-e89b-12d3-a456-426614174000 done', 'request <*> done'],
    ['durations', 'took 12ms, then 3.5s and 1h2m', 'took <*>, then <*> and <*>'],
    ['sizes', 'wrote 12KB and 3.4 MiB', 'wrote <*> and <*> MiB'],
    [
      'ISO timestamps',
      'since 2024-01-02T03:04:05.123Z and 2024-01-02 03:04:05,678 ok',
      'since <*> and <*> ok',
    ],
    ['dates written with names', 'expires Fri Jun 17 07:07:00 2005 now', 'expires <*>:<*>:<*> now'],
    ['clock times', 'at 10:20:30 daily', 'at <*>:<*>:<*> daily'],
    [
      'absolute and relative paths',
      'open /var/log/x.log and ./conf/app.yaml and a/b/c',
      'open <*> and <*> and <*>',
    ],
    ['Windows paths', 'load C:\\Windows\\System32\\x.dll failed', 'load <*> failed'],
    [
      'URLs, keeping the scheme',
      'GET https://api.example.com/v1/users?id=3 returned',
      'GET https://<*> returned',
    ],
    ['pod names with hash suffixes', 'pod payments-7d9f8c6b5-x2x7k restarted', 'pod <*> restarted'],
    ['e-mail addresses', 'mail to jane.doe@example.com bounced', 'mail to <*> bounced'],
    ['quoted phrases', 'query "select * from t" and \'two words\' failed', 'query "<*>" and \'<*>\' failed'],
    [
      'block ids and generated ids',
      'block blk_-1608999687919862906 of attempt_1445_0020_m_0',
      'block <*> of <*>',
    ],
    [
      'key=value values that look variable',
      'mode=fast count=3 enabled=true owner=null id=a1b2c3',
      'mode=fast count=<*> enabled=<*> owner=<*> id=<*>',
    ],
    ['numbers after a leading symbol', 'connection *12 cost $5 at %20', 'connection <*> cost <*> at <*>'],
    ['numbers inside dotted names', 'generating core.2275 for v2.0.1', 'generating core.<*> for <*>'],
    ['object identities', 'leaked Event@4bb89b', 'leaked Event@<*>'],
    ['one-slash pairs, each side on its own', 'PS/2 mouse over TCP/IP', 'PS/<*> mouse over TCP/IP'],
    [
      'empty values standing alone',
      'from 1.2.3.4 () with args [] but f() kept',
      'from <*> (<*>) with args [<*>] but f() kept',
    ],
    ['runs of variables as one', 'delete blk_1 blk_2 blk_3 now', 'delete <*> now'],
  ])('masks %s', (_kind, message, expected) => {
    expect(maskVariables(message)).toBe(expected);
  });

  it('keeps words that are names even with a short numeric suffix', () => {
    expect(maskVariables('ssh2 session on tty2 via Log4j, jk2_init() ok')).toBe(
      'ssh2 session on tty2 via Log4j, jk2_init() ok',
    );
  });

  it('keeps apostrophes inside words and single quoted names', () => {
    expect(maskVariables("can't start service 'worker'")).toBe("can't start service 'worker'");
  });

  it('treats a dot ending a word as punctuation, except in paths', () => {
    expect(maskVariables('listening on port 8080.')).toBe('listening on port <*>.');
    expect(maskVariables('allocate /data/part-00590. now')).toBe('allocate <*> now');
  });

  it('collapses whitespace and drops it at the ends', () => {
    expect(maskVariables('  a \t b   c  ')).toBe('a b c');
  });

  it('masks very long words and words holding replacement characters', () => {
    expect(maskVariables(`token ${'x'.repeat(200)} end`)).toBe('token <*> end');
    expect(maskVariables('bad \ufffd\ufffdname here')).toBe('bad <*> here');
  });

  it('never throws on odd input', () => {
    expect(maskVariables('')).toBe('');
    expect(maskVariables('\u0000\u0001\u0002')).toBe('');
    expect(() => maskVariables('\ud800 lone surrogate \udfff')).not.toThrow();
    expect(maskVariables(undefined as unknown as string)).toBe('');
  });
});
