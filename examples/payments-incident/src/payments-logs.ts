import type { EvidenceSink } from './create-evidence-sink.js';
import { createRandom, type Random } from './create-random.js';
import type { PaymentCall, ShopRequest } from './create-shop-traffic.js';
import type { ShopWorkloads } from './create-shop-workloads.js';
import { decidePaymentCall } from './decide-payment-call.js';
import { formatIsoTimestamp } from './format-iso-timestamp.js';
import { logAttributes } from './log-attributes.js';
import { PLANTED_SECRET_VALUES } from './planted-secrets.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';
import type { Pod, Workload } from './workload.js';

type LogbackLevel = 'ERROR' | 'WARN' | 'INFO' | 'DEBUG';

/** Writes one payments log line. */
type Log = (
  timeMs: number,
  pod: Pod,
  level: LogbackLevel,
  thread: string,
  logger: string,
  message: string,
) => void;

const SEVERITY_OF_LEVEL = { ERROR: 'error', WARN: 'warning', INFO: 'info', DEBUG: 'debug' } as const;

const POOL_TIMEOUT_MESSAGE = 'HikariPool-1 - Connection is not available, request timed out after 30000ms.';
const SLOW_REQUEST_THRESHOLD_MS = 2_000;
const POOL_SIZE_BEFORE = 50;
const POOL_SIZE_AFTER = 5;
const DATABASE_URL =
  `postgresql://payments_app:${PLANTED_SECRET_VALUES.paymentsDatabasePassword}` +
  '@payments-db.shop.svc.cluster.local:5432/payments?sslmode=require';

/** Shortens a logger name the way logback's `%logger{length}` does: leading packages to one letter. */
function abbreviateLogger(name: string, targetLength: number): string {
  if (name.length <= targetLength) return name;
  const segments = name.split('.');
  let length = name.length;
  for (let index = 0; index < segments.length - 1 && length > targetLength; index += 1) {
    const segment = segments[index] ?? '';
    length -= segment.length - 1;
    segments[index] = segment.slice(0, 1);
  }
  return segments.join('.');
}

/** `%15.15t`: right-aligned in 15 columns, cut from the left when longer. */
function fitThread(thread: string): string {
  return thread.length > 15 ? thread.slice(-15) : thread.padStart(15);
}

/** The Spring Boot 2 console layout: date, level, PID, thread, logger, message. */
function logbackLine(
  timeMs: number,
  level: LogbackLevel,
  thread: string,
  logger: string,
  message: string,
): string {
  const iso = formatIsoTimestamp(timeMs);
  // `%-40.40logger{39}`: abbreviated to 39, then padded to 40 or cut from the left when still longer.
  const abbreviated = abbreviateLogger(logger, 39);
  const loggerColumn = abbreviated.length > 40 ? abbreviated.slice(-40) : abbreviated.padEnd(40);
  const prefix = `${iso.slice(0, 10)} ${iso.slice(11, 23)} ${level.padStart(5)} 1 ---`;
  return `${prefix} [${fitThread(thread)}] ${loggerColumn} : ${message}`;
}

function poolTimeoutTrace(entryPoint: readonly string[]): string {
  return [
    `java.sql.SQLTransientConnectionException: ${POOL_TIMEOUT_MESSAGE}`,
    '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
    '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)',
    '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)',
    '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)',
    '\tat org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:159)',
    '\tat org.springframework.jdbc.datasource.DataSourceUtils.doGetConnection(DataSourceUtils.java:117)',
    '\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:646)',
    ...entryPoint.map((frame) => `\tat ${frame}`),
  ].join('\n');
}

const CHARGE_FRAMES = [
  'com.example.payments.db.ChargeRepository.insert(ChargeRepository.java:58)',
  'com.example.payments.service.ChargeService.charge(ChargeService.java:91)',
  'com.example.payments.api.ChargeController.create(ChargeController.java:47)',
];
const WEBHOOK_FRAMES = [
  'com.example.payments.db.SettlementRepository.markSettled(SettlementRepository.java:33)',
  'com.example.payments.service.SettlementService.settle(SettlementService.java:64)',
  'com.example.payments.api.PspWebhookController.receive(PspWebhookController.java:52)',
];
const LEDGER_FRAMES = [
  'com.example.payments.db.LedgerRepository.pendingEntries(LedgerRepository.java:41)',
  'com.example.payments.ledger.LedgerSyncJob.run(LedgerSyncJob.java:37)',
];

/** Writes the payments log lines of the whole window into `sink`. */
export function addPaymentsLogs(
  sink: EvidenceSink,
  workloads: ShopWorkloads,
  traffic: readonly ShopRequest[],
): void {
  const workload = workloads.payments;
  const random = createRandom(0x5eed_0101);
  const log: Log = (timeMs, pod, level, thread, logger, message) => {
    sink.add(timeMs, 'payments', (time) => ({
      kind: 'log',
      severity: SEVERITY_OF_LEVEL[level],
      text: logbackLine(time, level, thread, logger, message),
      attributes: logAttributes(workload, pod, 'logback'),
    }));
  };
  const requestThread = () => `http-nio-8080-exec-${random.integer(1, 36)}`;

  for (const request of traffic) {
    if (request.payment !== null) addChargeLines(request.payment, log, requestThread());
  }
  addWebhookLines(random, workload, log, requestThread);
  for (const pod of workload.pods) {
    addLifecycleLines(random, pod, log);
    addLedgerSyncLines(random, pod, log);
    addPoolStatsLines(random, pod, log);
  }
}

function addChargeLines(payment: PaymentCall, log: Log, thread: string): void {
  if (payment.outcome === 'no-endpoints') return;
  const finishedAt = payment.startedAt + payment.latencyMs;
  const { pod } = payment;
  if (payment.outcome === 'pool-timeout') {
    log(
      finishedAt,
      pod,
      'ERROR',
      thread,
      'com.example.payments.service.ChargeService',
      `${POOL_TIMEOUT_MESSAGE}\n${poolTimeoutTrace(CHARGE_FRAMES)}`,
    );
    log(
      finishedAt + 1,
      pod,
      'ERROR',
      thread,
      'com.example.payments.api.ChargeController',
      `charge failed id=${payment.chargeId} cause=db-timeout latency_ms=${payment.latencyMs}`,
    );
  } else {
    log(
      finishedAt,
      pod,
      'INFO',
      thread,
      'com.example.payments.api.ChargeController',
      `charge accepted id=${payment.chargeId} amount=${payment.amount} currency=${payment.currency} ` +
        `latency_ms=${payment.latencyMs}`,
    );
  }
  if (payment.latencyMs > SLOW_REQUEST_THRESHOLD_MS) {
    log(
      finishedAt + 2,
      pod,
      'WARN',
      thread,
      'com.example.payments.web.RequestTimingFilter',
      `Slow request POST /v1/charges took ${payment.latencyMs}ms`,
    );
  }
}

/** Settlement notifications from the card processor: steady, and as starved for connections as charges. */
function addWebhookLines(random: Random, workload: Workload, log: Log, thread: () => string): void {
  const { windowStart, windowEnd } = SCENARIO_TIMELINE;
  for (
    let time = windowStart + random.exponential(45_000);
    time < windowEnd;
    time += random.exponential(45_000)
  ) {
    const receivedAt = Math.round(time);
    const decision = decidePaymentCall(random, receivedAt);
    if (decision.outcome === 'no-endpoints') continue;
    const pod = workload.servingPod(random, receivedAt);
    const finishedAt = receivedAt + decision.latencyMs;
    const eventId = `evt_${random.characters('abcdefghijklmnopqrstuvwxyz0123456789', 20)}`;
    const type = random.weighted([
      ['charge.settled', 8],
      ['payout.paid', 1],
      ['charge.dispute.created', 1],
    ]);
    const requestThread = thread();
    if (decision.outcome === 'pool-timeout') {
      log(
        finishedAt,
        pod,
        'ERROR',
        requestThread,
        'com.example.payments.api.PspWebhookController',
        `webhook processing failed type=${type} id=${eventId} cause=db-timeout: ${POOL_TIMEOUT_MESSAGE}\n` +
          poolTimeoutTrace(WEBHOOK_FRAMES),
      );
    } else {
      log(
        finishedAt,
        pod,
        'INFO',
        requestThread,
        'com.example.payments.api.PspWebhookController',
        `psp webhook processed type=${type} id=${eventId} took_ms=${decision.latencyMs}`,
      );
    }
  }
}

/**
 * Start-up of the new pods (including the pool settings and database URL a config class logs) and
 * graceful shutdown of the old ones.
 */
function addLifecycleLines(random: Random, pod: Pod, log: Log): void {
  if (pod.startup !== undefined) {
    const started = pod.startup.startedAt;
    const contextReadyMs = random.integer(2_100, 2_700);
    const startupSeconds = ((pod.readyAt - started - 4_000) / 1_000).toFixed(3);
    // Java's identity hash codes print without leading zeros.
    const connectionHash = random.hex(8).replace(/^0+/, '');
    const lines: [number, string, string][] = [
      [
        700,
        'com.example.payments.PaymentsApplication',
        `Starting PaymentsApplication v3.8.2 using Java 17.0.10 on ${pod.name} with PID 1 ` +
          '(/app/app.jar started by app in /app)',
      ],
      [730, 'com.example.payments.PaymentsApplication', 'The following 1 profile is active: "prod"'],
      [
        3_000,
        'org.springframework.boot.web.embedded.tomcat.TomcatWebServer',
        'Tomcat initialized with port(s): 8080 (http)',
      ],
      [3_040, 'org.apache.catalina.core.StandardService', 'Starting service [Tomcat]'],
      [3_050, 'org.apache.catalina.core.StandardEngine', 'Starting Servlet engine: [Apache Tomcat/9.0.85]'],
      [
        3_300,
        'org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]',
        'Initializing Spring embedded WebApplicationContext',
      ],
      [
        3_310,
        'org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext',
        `Root WebApplicationContext: initialization completed in ${contextReadyMs} ms`,
      ],
      [
        4_100,
        'com.example.payments.config.DataSourceConfig',
        `Configuring datasource url=${DATABASE_URL} maximumPoolSize=${POOL_SIZE_AFTER} ` +
          `minimumIdle=${POOL_SIZE_AFTER} connectionTimeout=30000`,
      ],
      [4_180, 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'],
      [
        4_790,
        'com.zaxxer.hikari.pool.HikariPool',
        `HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@${connectionHash}`,
      ],
      [4_800, 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'],
    ];
    for (const [offset, logger, message] of lines)
      log(started + offset, pod, 'INFO', 'main', logger, message);
    const tomcatStartedAt = pod.readyAt - 3_800;
    log(
      tomcatStartedAt,
      pod,
      'INFO',
      'main',
      'org.springframework.boot.web.embedded.tomcat.TomcatWebServer',
      "Tomcat started on port(s): 8080 (http) with context path ''",
    );
    log(
      tomcatStartedAt + 40,
      pod,
      'INFO',
      'main',
      'com.example.payments.PaymentsApplication',
      `Started PaymentsApplication in ${startupSeconds} seconds ` +
        `(JVM running for ${(Number(startupSeconds) + 0.87).toFixed(3)})`,
    );
  }
  if (Number.isFinite(pod.terminatingAt)) {
    const stopping = pod.terminatingAt;
    log(
      stopping + 30,
      pod,
      'INFO',
      'SpringApplicationShutdownHook',
      'org.springframework.boot.web.embedded.tomcat.GracefulShutdown',
      'Commencing graceful shutdown. Waiting for active requests to complete',
    );
    log(
      stopping + random.integer(300, 900),
      pod,
      'INFO',
      'tomcat-shutdown',
      'org.springframework.boot.web.embedded.tomcat.GracefulShutdown',
      'Graceful shutdown complete',
    );
    log(
      stopping + 1_000,
      pod,
      'INFO',
      'SpringApplicationShutdownHook',
      'com.zaxxer.hikari.HikariDataSource',
      'HikariPool-1 - Shutdown initiated...',
    );
    log(
      stopping + 1_060,
      pod,
      'INFO',
      'SpringApplicationShutdownHook',
      'com.zaxxer.hikari.HikariDataSource',
      'HikariPool-1 - Shutdown completed.',
    );
  }
}

/**
 * A scheduled job on every pod (cron `30 * * * * *`) that pushes ledger entries. Once the pool is
 * saturated every run waits out the 30 s connection timeout, which is why the first errors land
 * exactly half a minute after the last old pod went away.
 */
function addLedgerSyncLines(random: Random, pod: Pod, log: Log): void {
  const from = Math.max(SCENARIO_TIMELINE.windowStart, pod.readyAt);
  const until = Math.min(SCENARIO_TIMELINE.windowEnd, pod.terminatingAt);
  const firstMinute = Math.ceil((from - 30_000) / 60_000) * 60_000;
  for (let minute = firstMinute; minute + 30_000 < until; minute += 60_000) {
    const startedAt = minute + 30_000 + random.integer(0, 40);
    if (startedAt < from) continue;
    if (startedAt >= SCENARIO_TIMELINE.poolExhausted) {
      log(
        startedAt + 30_000 + random.integer(1, 12),
        pod,
        'ERROR',
        'scheduling-1',
        'com.example.payments.ledger.LedgerSyncJob',
        `ledger sync failed, next run in 60s: ${POOL_TIMEOUT_MESSAGE}\n${poolTimeoutTrace(LEDGER_FRAMES)}`,
      );
    } else {
      const tookMs = random.integer(40, 190);
      log(
        startedAt + tookMs,
        pod,
        'INFO',
        'scheduling-1',
        'com.example.payments.ledger.LedgerSyncJob',
        `ledger sync completed entries=${random.integer(3, 60)} took_ms=${tookMs}`,
      );
    }
  }
}

/** Hikari's housekeeper reports the pool every 30 s; the service runs it at DEBUG, which tells the story. */
function addPoolStatsLines(random: Random, pod: Pod, log: Log): void {
  const small = pod.startup !== undefined;
  const total = small ? POOL_SIZE_AFTER : POOL_SIZE_BEFORE;
  const start = Math.max(SCENARIO_TIMELINE.windowStart, pod.readyAt - 4_000) + random.integer(0, 30_000);
  const until = Math.min(SCENARIO_TIMELINE.windowEnd, pod.terminatingAt);
  for (let time = start; time < until; time += 30_000) {
    let active: number;
    let waiting = 0;
    if (!small) active = random.integer(1, 7);
    else if (time < SCENARIO_TIMELINE.poolExhausted) active = random.integer(2, 5);
    else {
      active = total;
      const progress = Math.min(
        1,
        (time - SCENARIO_TIMELINE.poolExhausted) /
          (SCENARIO_TIMELINE.alertStart - SCENARIO_TIMELINE.poolExhausted),
      );
      waiting = Math.round(3 + progress * 36 + random.integer(0, 6));
    }
    log(
      time,
      pod,
      'DEBUG',
      'HikariPool-1 housekeeper',
      'com.zaxxer.hikari.pool.HikariPool',
      `HikariPool-1 - Pool stats (total=${total}, active=${active}, idle=${total - active}, ` +
        `waiting=${waiting})`,
    );
  }
}
