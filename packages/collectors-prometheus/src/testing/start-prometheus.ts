import { freePort } from './free-port.js';
import { type RunningServer, spawnServer } from './spawn-server.js';

/** Options of {@link startPrometheus}. */
export interface StartPrometheusOptions {
  /** `host:port` targets to scrape every `scrapeIntervalSeconds`. */
  readonly scrapeTargets: readonly string[];
  /** Contents of one rule file (Prometheus rule YAML), if any. */
  readonly rules?: string;
  /** Alertmanager `host:port` to send alerts to, if any. */
  readonly alertmanagerTarget?: string;
  /** Scrape and rule evaluation interval. Default 1 s. */
  readonly scrapeIntervalSeconds?: number;
  /** Port to listen on (loopback). Default: a free one. */
  readonly port?: number;
  /** The binary. Default `prometheus` (Debian's package) or `TRIAGEKIT_PROMETHEUS_BIN`. */
  readonly binary?: string;
}

/**
 * Starts a real Prometheus on a free loopback port with a temporary config and storage, for tests of
 * queries and alert rules; resolves once `/-/ready` answers. Call `stop()` when done.
 */
export async function startPrometheus(options: StartPrometheusOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const interval = `${options.scrapeIntervalSeconds ?? 1}s`;
  const config = [
    'global:',
    `  scrape_interval: ${interval}`,
    `  evaluation_interval: ${interval}`,
    ...(options.rules === undefined ? [] : ['rule_files:', '  - rules.yml']),
    ...(options.alertmanagerTarget === undefined
      ? []
      : [
          'alerting:',
          '  alertmanagers:',
          '    - static_configs:',
          `        - targets: ["${options.alertmanagerTarget}"]`,
        ]),
    'scrape_configs:',
    '  - job_name: test',
    '    static_configs:',
    `      - targets: [${options.scrapeTargets.map((target) => `"${target}"`).join(', ')}]`,
    '',
  ].join('\n');
  return spawnServer({
    command: options.binary ?? process.env.TRIAGEKIT_PROMETHEUS_BIN ?? 'prometheus',
    args: (directory) => [
      `--config.file=${directory}/prometheus.yml`,
      `--storage.tsdb.path=${directory}/data`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    files: () => ({
      'prometheus.yml': config,
      ...(options.rules === undefined ? {} : { 'rules.yml': options.rules }),
    }),
    url: `http://127.0.0.1:${port}`,
    readyPath: '/-/ready',
  });
}
