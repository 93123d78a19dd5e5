import { freePort } from './free-port.js';
import { type RunningServer, spawnServer } from './spawn-server.js';

/** Options of {@link startAlertmanager}. */
export interface StartAlertmanagerOptions {
  /** Where the single receiver posts its webhooks. */
  readonly webhookUrl: string;
  /** Bearer token the webhook sends in `Authorization`, if any. */
  readonly bearerToken?: string;
  /** The binary. Default `prometheus-alertmanager` (Debian's package) or `TRIAGEKIT_ALERTMANAGER_BIN`. */
  readonly binary?: string;
}

/**
 * Starts a real Alertmanager on a free loopback port (no clustering) whose one route sends every alert to
 * `webhookUrl` at once (group_wait 0 s), for end-to-end tests; resolves once `/-/ready` answers.
 */
export async function startAlertmanager(options: StartAlertmanagerOptions): Promise<RunningServer> {
  const port = await freePort();
  const config = [
    'route:',
    '  receiver: triagekit',
    '  group_by: [alertname]',
    '  group_wait: 0s',
    '  group_interval: 1s',
    '  repeat_interval: 1h',
    'receivers:',
    '  - name: triagekit',
    '    webhook_configs:',
    `      - url: "${options.webhookUrl}"`,
    '        send_resolved: false',
    ...(options.bearerToken === undefined
      ? []
      : [
          '        http_config:',
          '          authorization:',
          `            credentials: "${options.bearerToken}"`,
        ]),
    '',
  ].join('\n');
  return spawnServer({
    command: options.binary ?? process.env.TRIAGEKIT_ALERTMANAGER_BIN ?? 'prometheus-alertmanager',
    args: (directory) => [
      `--config.file=${directory}/alertmanager.yml`,
      `--storage.path=${directory}/data`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    files: () => ({ 'alertmanager.yml': config }),
    url: `http://127.0.0.1:${port}`,
    readyPath: '/-/ready',
  });
}
