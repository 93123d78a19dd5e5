import { describe, expect, it } from 'vitest';
import { parseLogLine } from './parse-log-line.js';

const at = (iso: string) => Date.parse(iso);
const year2026 = { referenceYear: 2026 };

describe('parseLogLine: json', () => {
  it('reads time, level, message, service, trace id and leaves the rest as string fields', () => {
    const parsed = parseLogLine(
      '{"time":"2026-03-04T14:10:02.123Z","level":"warn","msg":"slow query","service":"payments",' +
        '"trace_id":"4bf92f3577b34da6","duration_ms":812,"cached":false,"db":{"host":"pg-1","name":"orders"}}',
    );
    expect(parsed).toEqual({
      format: 'json',
      time: at('2026-03-04T14:10:02.123Z'),
      level: 'warning',
      service: 'payments',
      message: 'slow query',
      traceId: '4bf92f3577b34da6',
      fields: { duration_ms: '812', cached: 'false', db: '{"host":"pg-1","name":"orders"}' },
    });
  });

  it('understands pino numeric levels and epoch milliseconds', () => {
    const parsed = parseLogLine(
      '{"level":50,"time":1772633402123,"pid":7,"hostname":"web-2","name":"checkout","msg":"charge failed"}',
    );
    expect(parsed.level).toBe('error');
    expect(parsed.time).toBe(1772633402123);
    expect(parsed.service).toBe('checkout');
    expect(parsed.fields).toEqual({ pid: '7', hostname: 'web-2' });
  });

  it('looks dotted keys up both literally (ECS) and as nested paths', () => {
    const ecs = parseLogLine(
      '{"@timestamp":"2026-03-04T15:10:02.500+01:00","log.level":"ERROR","message":"card declined",' +
        '"service.name":"billing","trace.id":"t-77","ecs.version":"8.11.0"}',
    );
    expect(ecs).toMatchObject({
      time: at('2026-03-04T14:10:02.500Z'),
      level: 'error',
      service: 'billing',
      traceId: 't-77',
      fields: { 'ecs.version': '8.11.0' },
    });
    const nested = parseLogLine(
      '{"ts":1772633402.25,"log":{"level":"debug","origin":"x.go"},"service":{"name":"cart"},"message":"hit",' +
        '"dd":{"trace_id":998877}}',
    );
    expect(nested).toMatchObject({
      time: 1772633402250,
      level: 'debug',
      service: 'cart',
      traceId: '998877',
      fields: { log: '{"origin":"x.go"}' },
    });
  });

  it('does not take caller for the service and renders message-less records as key=value', () => {
    const parsed = parseLogLine('{"caller":"api/handler.go:88","status":503,"path":"/pay now"}');
    expect(parsed.service).toBeNull();
    expect(parsed.message).toBe('caller=api/handler.go:88 status=503 path="/pay now"');
    expect(parsed.time).toBeNull();
    expect(parsed.level).toBeNull();
  });

  it('keeps an unknown level word as unknown and falls back to plain for broken JSON', () => {
    expect(parseLogLine('{"level":"chatty","msg":"x"}').level).toBe('unknown');
    expect(parseLogLine('{"msg": "unterminated').format).toBe('plain');
    expect(parseLogLine('[1,2,3]').format).toBe('plain');
  });
});

describe('parseLogLine: logfmt', () => {
  it('reads quoted values with escapes and well-known keys', () => {
    const parsed = parseLogLine(
      'ts=2026-03-04T14:10:02.5Z level=info msg="request done \\"ok\\"" method=GET status=200 ' +
        'component=gateway traceID=abc123 caller=main.go:12',
    );
    expect(parsed).toEqual({
      format: 'logfmt',
      time: at('2026-03-04T14:10:02.500Z'),
      level: 'info',
      service: 'gateway',
      message: 'request done "ok"',
      traceId: 'abc123',
      fields: { method: 'GET', status: '200', caller: 'main.go:12' },
    });
  });

  it('leaves prose with a single equals sign alone', () => {
    expect(parseLogLine('x=1 means the retry budget is spent').format).toBe('plain');
  });
});

describe('parseLogLine: syslog RFC 5424', () => {
  it('reads header, structured data and the priority level', () => {
    const parsed = parseLogLine(
      '<163>1 2026-03-04T14:10:02.003Z node-7.internal orders 4411 ORD42 ' +
        '[meta@32473 region="eu-west-1" trace_id="ab12"] stock reservation failed',
    );
    expect(parsed).toEqual({
      format: 'syslog-rfc5424',
      time: at('2026-03-04T14:10:02.003Z'),
      level: 'error',
      service: 'orders',
      message: 'stock reservation failed',
      traceId: 'ab12',
      fields: { host: 'node-7.internal', pid: '4411', msgid: 'ORD42', region: 'eu-west-1' },
    });
  });

  it('accepts nil values', () => {
    const parsed = parseLogLine('<14>1 - - - - - - boot complete');
    expect(parsed).toMatchObject({
      format: 'syslog-rfc5424',
      time: null,
      service: null,
      message: 'boot complete',
    });
  });
});

describe('parseLogLine: syslog RFC 3164', () => {
  it('takes the program without pid or detail as service and the year from referenceYear', () => {
    const parsed = parseLogLine(
      'Feb  3 09:41:07 gw01 sshd(pam_unix)[4021]: session opened for user deploy',
      year2026,
    );
    expect(parsed).toEqual({
      format: 'syslog-rfc3164',
      time: at('2026-02-03T09:41:07Z'),
      level: null,
      service: 'sshd',
      message: 'session opened for user deploy',
      traceId: null,
      fields: { host: 'gw01', pid: '4021' },
    });
  });

  it('reads a priority prefix, tags with versions, missing hosts and a leading level word', () => {
    expect(parseLogLine('<11>Mar 14 08:00:00 db3 postgres[88]: could not fsync', year2026)).toMatchObject({
      level: 'error',
      service: 'postgres',
      message: 'could not fsync',
    });
    expect(parseLogLine('Aug  9 23:00:01 relay ntpd 4.2.8: clock stepped', year2026)).toMatchObject({
      service: 'ntpd',
      message: 'clock stepped',
    });
    expect(parseLogLine('Aug  9 23:00:01 cron[12]: job started', year2026)).toMatchObject({
      service: 'cron',
      fields: { pid: '12' },
      message: 'job started',
    });
    expect(parseLogLine('Aug  9 23:00:01 bastion sshd[9]: error: kex failed', year2026)).toMatchObject({
      level: 'error',
      message: 'error: kex failed',
    });
  });

  it('defaults the year to the current UTC year', () => {
    const parsed = parseLogLine('Jan  1 00:00:00 h app: x');
    expect(new Date(parsed.time ?? 0).getUTCFullYear()).toBe(new Date().getUTCFullYear());
  });
});

describe('parseLogLine: klog', () => {
  it('reads the level letter, month-day time, thread id and source location', () => {
    const parsed = parseLogLine(
      'W0802 10:15:30.250000    9731 reflector.go:424] watch of pods ended',
      year2026,
    );
    expect(parsed).toEqual({
      format: 'klog',
      time: at('2026-08-02T10:15:30.250Z'),
      level: 'warning',
      service: null,
      message: 'watch of pods ended',
      traceId: null,
      fields: { pid: '9731', caller: 'reflector.go:424' },
    });
  });

  it('splits structured klog into message and fields', () => {
    const parsed = parseLogLine(
      'E0802 10:15:30.250000 1 sync.go:9] "Failed to sync" err="timeout" pod="ns/web-0"',
    );
    expect(parsed.message).toBe('Failed to sync');
    expect(parsed.fields).toMatchObject({ err: 'timeout', pod: 'ns/web-0' });
    expect(parsed.level).toBe('error');
  });
});

describe('parseLogLine: access log', () => {
  it('reads the combined format with level from the status', () => {
    const parsed = parseLogLine(
      '203.0.113.9 - alice [04/Mar/2026:14:10:02 +0100] "POST /api/charge?id=7 HTTP/1.1" 502 173 ' +
        '"https://shop.example.test/cart" "Mozilla/5.0 (X11; Linux x86_64)"',
    );
    expect(parsed).toEqual({
      format: 'access-log',
      time: at('2026-03-04T13:10:02Z'),
      level: 'error',
      service: null,
      message: 'POST /api/charge?id=7 HTTP/1.1 502',
      traceId: null,
      fields: {
        remote: '203.0.113.9',
        user: 'alice',
        method: 'POST',
        path: '/api/charge?id=7',
        protocol: 'HTTP/1.1',
        status: '502',
        bytes: '173',
        referer: 'https://shop.example.test/cart',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
      },
    });
  });

  it('reads the common format, a virtual host prefix and 4xx/2xx levels', () => {
    expect(
      parseLogLine('10.1.2.3 - - [04/Mar/2026:14:10:02 +0000] "GET /health HTTP/1.0" 200 -'),
    ).toMatchObject({
      level: 'info',
      message: 'GET /health HTTP/1.0 200',
    });
    expect(
      parseLogLine(
        'shop.test:443 10.1.2.3 - - [04/Mar/2026:14:10:02 +0000] "GET /x HTTP/2.0" 404 0 "-" "curl/8"',
      ),
    ).toMatchObject({
      level: 'warning',
      fields: { vhost: 'shop.test:443', remote: '10.1.2.3', userAgent: 'curl/8' },
    });
  });
});

describe('parseLogLine: apache error log', () => {
  it('reads the 2.2 form', () => {
    expect(parseLogLine('[Tue Mar 03 11:22:33 2026] [warn] mod_proxy: backend slow')).toEqual({
      format: 'apache-error',
      time: at('2026-03-03T11:22:33Z'),
      level: 'warning',
      service: null,
      message: 'mod_proxy: backend slow',
      traceId: null,
      fields: {},
    });
  });

  it('reads the 2.4 form, stripping pid/tid but keeping the client', () => {
    const parsed = parseLogLine(
      '[Tue Mar 03 11:22:33.654321 2026] [proxy:error] [pid 2210:tid 140001] [client 198.51.100.4:5120] ' +
        'AH00898: Error reading from remote server',
    );
    expect(parsed).toMatchObject({
      time: at('2026-03-03T11:22:33.654Z'),
      level: 'error',
      service: 'proxy',
      message: '[client 198.51.100.4:5120] AH00898: Error reading from remote server',
      fields: { pid: '2210', tid: '140001', client: '198.51.100.4:5120' },
    });
  });
});

describe('parseLogLine: nginx error log', () => {
  it('reads level, pid#tid and the connection number', () => {
    expect(
      parseLogLine('2026/03/04 14:10:02 [crit] 811#811: *90210 connect() failed (111: refused)'),
    ).toEqual({
      format: 'nginx-error',
      time: at('2026-03-04T14:10:02Z'),
      level: 'critical',
      service: null,
      message: 'connect() failed (111: refused)',
      traceId: null,
      fields: { pid: '811', tid: '811', connection: '90210' },
    });
  });
});

describe('parseLogLine: java', () => {
  it('reads Spring Boot lines', () => {
    expect(
      parseLogLine(
        '2026-03-04 14:10:02.123  WARN 4242 --- [nio-8080-exec-3] c.e.orders.web.CartController   : cart empty',
      ),
    ).toEqual({
      format: 'java',
      time: at('2026-03-04T14:10:02.123Z'),
      level: 'warning',
      service: 'c.e.orders.web.CartController',
      message: 'cart empty',
      traceId: null,
      fields: { pid: '4242', thread: 'nio-8080-exec-3' },
    });
  });

  it('reads log4j with a thread, short-year dates and pid-first headers', () => {
    expect(
      parseLogLine(
        '2026-03-04 14:10:02,978 ERROR [IPC Server handler 3] org.example.store.BlockManager: lost block',
      ),
    ).toMatchObject({
      format: 'java',
      level: 'error',
      service: 'org.example.store.BlockManager',
      message: 'lost block',
      fields: { thread: 'IPC Server handler 3' },
    });
    expect(parseLogLine('26/03/04 14:10:02 WARN storage.DiskStore: spilling 12 MB')).toMatchObject({
      format: 'java',
      time: at('2026-03-04T14:10:02Z'),
      service: 'storage.DiskStore',
      message: 'spilling 12 MB',
    });
    expect(parseLogLine('260304 141002 77 INFO net.Peer$Sender: sent 3 frames')).toMatchObject({
      format: 'java',
      time: at('2026-03-04T14:10:02Z'),
      service: 'net.Peer$Sender',
      message: 'sent 3 frames',
      fields: { pid: '77' },
    });
  });

  it('reads logback lines with a thread before the level', () => {
    expect(parseLogLine('14:10:02.123 [main] INFO  com.example.Boot - started in 2.1 s')).toMatchObject({
      format: 'java',
      time: null,
      level: 'info',
      service: 'com.example.Boot',
      message: 'started in 2.1 s',
    });
  });
});

describe('parseLogLine: python', () => {
  it('reads the common logging formats', () => {
    expect(parseLogLine('2026-03-04 13:01:02,123 INFO search.api: query took 12ms')).toEqual({
      format: 'python',
      time: at('2026-03-04T13:01:02.123Z'),
      level: 'info',
      service: 'search.api',
      message: 'query took 12ms',
      traceId: null,
      fields: {},
    });
    expect(parseLogLine('2026-03-04 13:01:02,123 - search.api - ERROR - index missing')).toMatchObject({
      format: 'python',
      level: 'error',
      service: 'search.api',
      message: 'index missing',
    });
    expect(parseLogLine('WARNING:urllib3.connectionpool:Retrying after reset')).toMatchObject({
      format: 'python',
      level: 'warning',
      service: 'urllib3.connectionpool',
      message: 'Retrying after reset',
    });
  });
});

describe('parseLogLine: generic', () => {
  it('strips timestamp, level, host-like and capitals tokens before the level', () => {
    expect(
      parseLogLine(
        '- 1772633402 2026.03.04 N07-R1:K2 2026-03-04-14.10.02.123456 N07-R1:K2 RAS DISK WARNING raid degraded',
      ),
    ).toEqual({
      format: 'generic',
      time: 1772633402000,
      level: 'warning',
      service: 'DISK',
      message: 'raid degraded',
      traceId: null,
      fields: { host: 'N07-R1:K2' },
    });
  });

  it('reads |-separated headers', () => {
    expect(parseLogLine('20260304-14:10:2:606|Pedometer_Svc|4120|onSensorChanged 88')).toEqual({
      format: 'generic',
      time: at('2026-03-04T14:10:02.606Z'),
      level: null,
      service: 'Pedometer_Svc',
      message: 'onSensorChanged 88',
      traceId: null,
      fields: { pid: '4120' },
    });
  });

  it('reads many timestamp shapes', () => {
    const cases: [string, string][] = [
      ['2026-03-04T14:10:02Z ERROR connection refused', '2026-03-04T14:10:02Z'],
      ['2026-03-04 14:10:02.5+02:00 INFO x', '2026-03-04T12:10:02.500Z'],
      ['2026/03/04 14:10:02 INFO x', '2026-03-04T14:10:02Z'],
      ['2026.03.04 14:10:02 INFO x', '2026-03-04T14:10:02Z'],
      ['1772633402 INFO x', '2026-03-04T14:10:02Z'],
      ['1772633402123 INFO x', '2026-03-04T14:10:02.123Z'],
      ['[2026-03-04 14:10:02,123] INFO x', '2026-03-04T14:10:02.123Z'],
      ['Wed Mar 04 14:10:02 2026 INFO x', '2026-03-04T14:10:02Z'],
      ['Mar  4 14:10:02 INFO x', '2026-03-04T14:10:02Z'],
    ];
    for (const [line, iso] of cases) {
      const parsed = parseLogLine(line, year2026);
      expect(parsed.time, line).toBe(at(iso));
      expect(parsed.message, line).toBe(line.endsWith('refused') ? 'connection refused' : 'x');
    }
  });

  it('reads zap console lines, logcat, loguru, Rust env_logger and dmesg', () => {
    expect(
      parseLogLine('2026-03-04T14:10:02.000Z\tinfo\tserver/main.go:42\tlistening on :8080'),
    ).toMatchObject({
      level: 'info',
      message: 'listening on :8080',
      fields: { caller: 'server/main.go:42' },
    });
    expect(
      parseLogLine('03-04 14:10:02.123  1201  1318 W WindowManager: focus lost', year2026),
    ).toMatchObject({
      level: 'warning',
      service: 'WindowManager',
      message: 'focus lost',
    });
    expect(
      parseLogLine('2026-03-04 14:10:02.123 | ERROR    | jobs.worker:run:57 - job 9 failed'),
    ).toMatchObject({
      level: 'error',
      service: 'jobs.worker',
      message: 'job 9 failed',
    });
    expect(parseLogLine('[2026-03-04T14:10:02Z WARN  hyper::proto] connection reset')).toMatchObject({
      level: 'warning',
      service: 'hyper::proto',
      message: 'connection reset',
    });
    expect(parseLogLine('[   12.504311] usb 2-1: new high-speed USB device')).toMatchObject({
      time: null,
      message: 'usb 2-1: new high-speed USB device',
    });
  });

  it('strips a program[pid]: tag after a timestamp without a level', () => {
    expect(parseLogLine('2026-03-04T14:10:02Z edge-3 haproxy[991]: backend down')).toMatchObject({
      service: 'haproxy',
      message: 'backend down',
      fields: { host: 'edge-3', pid: '991' },
    });
  });

  it('reads a level without a time', () => {
    expect(parseLogLine('[ERROR] disk full')).toMatchObject({
      format: 'generic',
      level: 'error',
      message: 'disk full',
    });
    expect(parseLogLine('WARN: retrying')).toMatchObject({ level: 'warning', message: 'retrying' });
    expect(parseLogLine('error: no such file')).toMatchObject({ level: 'error', message: 'no such file' });
  });

  it('keeps a lower-case word with a colon after the level in the message', () => {
    expect(parseLogLine('2026-03-04 14:10:02 ERROR daemon: lost quorum').message).toBe('daemon: lost quorum');
  });
});

describe('parseLogLine: general header rules on other shapes', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    [
      '2026-03-04 14:10:02,747 - WARN  [Election[peer=3]/10.0.0.3:2888:Leader@412] - vote timed out: 800',
      'vote timed out: 800',
      { level: 'warning', fields: { thread: 'Election[peer=3]/10.0.0.3:2888:Leader@412' } },
    ],
    [
      '- 1772633402 2026.03.04 cn42 Mar 4 14:10:02 cn42/cn42 crond(pam_unix)[812]: session closed for user ops',
      'session closed for user ops',
      { service: 'crond', time: 1772633402000, fields: { host: 'cn42', pid: '812' } },
    ],
    [
      '2026-03-04 14:10:02, Warning               CSI    0000002a Store corruption detected',
      '0000002a Store corruption detected',
      { level: 'warning', service: 'CSI' },
    ],
    [
      '2026-03-04 14:10:02.500 1187 INFO cinder.volume.manager [req-7f3a - - -] [volume: 9c1d] Volume attached',
      '[volume: 9c1d] Volume attached',
      { service: 'cinder.volume.manager', fields: { pid: '1187', context: 'req-7f3a - - -' } },
    ],
    [
      '2026-03-04T14:10:02.000+0000 W STORAGE  [conn77] slow write 812ms',
      'slow write 812ms',
      { level: 'warning', service: 'STORAGE', fields: { context: 'conn77' } },
    ],
    [
      '2026-03-04 14:10:02.123 UTC [5120] ERROR:  duplicate key value violates unique constraint',
      'duplicate key value violates unique constraint',
      { level: 'error', fields: { pid: '5120' } },
    ],
    [
      '2026-03-04 14:10:02,000 WARN  [org.jboss.as.txn] (default task-4) WFLYTX0027: timeout',
      'WFLYTX0027: timeout',
      { service: 'org.jboss.as.txn', fields: { thread: 'default task-4' } },
    ],
    [
      '[03.04 14:10:02] updater.exe - cdn.example.test:443 close, 812 bytes sent',
      'cdn.example.test:443 close, 812 bytes sent',
      { time: null, service: 'updater.exe' },
    ],
  ];
  it.each(cases)('%s', (line, message, expected) => {
    const parsed = parseLogLine(line, year2026);
    expect(parsed.message).toBe(message);
    expect(parsed).toMatchObject(expected);
  });

  it('leaves prose that merely contains level or month words alone', () => {
    for (const line of [
      'Mar is a month',
      'Starting server on port 8080',
      'npm WARN deprecated x',
      '200 OK',
    ]) {
      expect(parseLogLine(line).format, line).toBe('plain');
    }
  });
});

describe('parseLogLine: plain', () => {
  it('returns prose unchanged', () => {
    expect(parseLogLine('  Listening on port 8080  ')).toEqual({
      format: 'plain',
      time: null,
      level: null,
      service: null,
      message: 'Listening on port 8080',
      traceId: null,
      fields: {},
    });
    expect(parseLogLine('java.lang.IllegalStateException: closed').format).toBe('plain');
  });

  it('reports the level of a lone level word', () => {
    expect(parseLogLine('FATAL')).toMatchObject({ format: 'plain', level: 'critical', message: 'FATAL' });
  });
});

describe('parseLogLine: bad input', () => {
  it('never throws and returns plain lines for garbage', () => {
    const garbage = [
      '',
      '\r',
      '\u0000\u0001\u0002\u0003',
      Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x41]).toString(),
      '{'.repeat(10_000),
      '['.repeat(10_000),
      '<999>1 x',
      '2026-13-45T99:99:99Z boom',
      '9999999999999999999999 digits',
      '\ud800 lone surrogate',
    ];
    for (const line of garbage) {
      const parsed = parseLogLine(line);
      expect(typeof parsed.message).toBe('string');
      expect(parsed.fields).toBeTypeOf('object');
    }
    expect(parseLogLine('')).toMatchObject({ format: 'plain', message: '', time: null, level: null });
    expect(parseLogLine(undefined as unknown as string).message).toBe('');
  });

  it('handles a 1 MB line quickly and strips CRLF', () => {
    const long = `2026-03-04T14:10:02Z INFO ${'x'.repeat(1_000_000)}`;
    const parsed = parseLogLine(long);
    expect(parsed.level).toBe('info');
    expect(parsed.message.length).toBe(1_000_000);
    expect(parseLogLine('2026-03-04T14:10:02Z INFO done\r').message).toBe('done');
  });

  it('is deterministic', () => {
    const line = '2026-03-04 14:10:02,978 ERROR [main] org.example.App: failed';
    expect(parseLogLine(line)).toEqual(parseLogLine(line));
  });
});
