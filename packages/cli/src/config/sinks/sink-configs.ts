import { resolve } from 'node:path';
import { createFileReportSink, type SinkV1, type TriageReport } from '@triagekit/core';
import { createPagerDutyNoteSink } from '@triagekit/integrations-pagerduty';
import { createSlackSink } from '@triagekit/integrations-slack';
import { z } from 'zod';
import { readSecret, reportUrlFromTemplate } from './read-secret.js';

const slackSinkSchema = z
  .object({
    /** Block Kit message through an incoming webhook or `chat.postMessage`. */
    type: z.literal('slack'),
    id: z.string().min(1).optional(),
    webhookUrl: z.url().optional(),
    /** Name of the environment variable holding the webhook URL. */
    webhookUrlEnv: z.string().min(1).optional(),
    token: z.string().min(1).optional(),
    /** Name of the environment variable holding the bot token (`xoxb-...`, scope `chat:write`). */
    tokenEnv: z.string().min(1).optional(),
    channel: z.string().min(1).optional(),
    /** Web API base URL, e.g. for a proxy. Default Slack's. */
    slackApiUrl: z.url().optional(),
    /** Link to the full report; `{reportId}`, `{fingerprint}` and `{alertId}` are filled in. */
    reportUrl: z.string().min(1).optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict()
  .refine((entry) => (entry.webhookUrl ?? entry.webhookUrlEnv) !== undefined || entry.channel !== undefined, {
    message: 'set webhookUrl/webhookUrlEnv, or token/tokenEnv with channel',
  });

const pagerDutyNoteSinkSchema = z
  .object({
    /** A note on the PagerDuty incident the alert came from, through the REST API. */
    type: z.literal('pagerduty-note'),
    id: z.string().min(1).optional(),
    apiToken: z.string().min(1).optional(),
    /** Name of the environment variable holding the REST API token. */
    apiTokenEnv: z.string().min(1).optional(),
    /** A PagerDuty user's email, sent as `From`. */
    fromEmail: z.email(),
    /** Note this incident instead of the one the alert came from. */
    incidentId: z.string().min(1).optional(),
    baseUrl: z.url().optional(),
    reportUrl: z.string().min(1).optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

const filesSinkSchema = z
  .object({
    /** The report as files in another directory too (a shared volume, a web server's root). */
    type: z.literal('files'),
    id: z.string().min(1).optional(),
    /** Relative to the config file. */
    directory: z.string().min(1),
    formats: z
      .array(z.enum(['json', 'markdown', 'html']))
      .min(1)
      .optional(),
    /** One subdirectory per report, named after the report id. Default true. */
    perReport: z.boolean().optional(),
  })
  .strict();

/** One entry of the config file's `sinks` list. */
export const sinkConfigSchema = z.discriminatedUnion('type', [
  slackSinkSchema,
  pagerDutyNoteSinkSchema,
  filesSinkSchema,
]);
export type SinkConfig = z.infer<typeof sinkConfigSchema>;

/** Builds the sinks of a config file; secrets may come from environment variables. */
export function createSinksFromConfig(
  entries: readonly SinkConfig[],
  environment: Readonly<Record<string, string | undefined>>,
  baseDirectory = '.',
): SinkV1[] {
  return entries.map((entry, index) => {
    const field = (name: string) => `sinks.${index}.${name}`;
    if (entry.type === 'files') {
      return createFileReportSink({
        directory: resolve(baseDirectory, entry.directory),
        ...(entry.id === undefined ? {} : { sinkId: entry.id }),
        ...(entry.formats === undefined ? {} : { formats: entry.formats }),
        ...(entry.perReport === false ? {} : { subdirectory: (report: TriageReport) => report.id }),
      });
    }
    const reportUrl = reportUrlFromTemplate(entry.reportUrl);
    if (entry.type === 'slack') {
      const common = {
        ...(entry.id === undefined ? {} : { sinkId: entry.id }),
        ...(reportUrl === undefined ? {} : { reportUrl }),
        ...(entry.timeoutMs === undefined ? {} : { timeoutMs: entry.timeoutMs }),
      };
      if (entry.webhookUrl !== undefined || entry.webhookUrlEnv !== undefined) {
        const webhookUrl = readSecret({
          value: entry.webhookUrl,
          variable: entry.webhookUrlEnv,
          field: field('webhookUrl'),
          environment,
        });
        return createSlackSink({ ...common, webhookUrl });
      }
      const token = readSecret({
        value: entry.token,
        variable: entry.tokenEnv,
        field: field('token'),
        environment,
      });
      return createSlackSink({
        ...common,
        token,
        channel: entry.channel as string,
        ...(entry.slackApiUrl === undefined ? {} : { slackApiUrl: entry.slackApiUrl }),
      });
    }
    const apiToken = readSecret({
      value: entry.apiToken,
      variable: entry.apiTokenEnv,
      field: field('apiToken'),
      environment,
    });
    return createPagerDutyNoteSink({
      apiToken,
      fromEmail: entry.fromEmail,
      ...(entry.id === undefined ? {} : { sinkId: entry.id }),
      ...(entry.incidentId === undefined ? {} : { incidentId: entry.incidentId }),
      ...(entry.baseUrl === undefined ? {} : { baseUrl: entry.baseUrl }),
      ...(reportUrl === undefined ? {} : { reportUrl }),
      ...(entry.timeoutMs === undefined ? {} : { timeoutMs: entry.timeoutMs }),
    });
  });
}
