import OpenAI from 'openai';

/** The connection options of an OpenAI-compatible server. */
export interface CompatibleConnection {
  readonly baseURL: string;
  readonly apiKey?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly queryParams?: Readonly<Record<string, string>>;
}

// The SDK insists on a key; this one never leaves the process because the header is removed below.
const unusedApiKey = 'no-key';

/**
 * An OpenAI SDK client for a compatible server. Every credential and address is passed explicitly, so the
 * SDK reads none of `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID`, `OPENAI_PROJECT_ID` or
 * `OPENAI_ADMIN_KEY` (an OpenAI key must never reach another server). Without `apiKey`, the `Authorization`
 * header is removed altogether. SDK retries are off.
 */
export function createCompatibleClient(connection: CompatibleConnection, timeoutMs: number): OpenAI {
  return new OpenAI({
    apiKey: connection.apiKey ?? unusedApiKey,
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    baseURL: connection.baseURL,
    defaultHeaders: {
      ...(connection.apiKey === undefined ? { Authorization: null } : {}),
      ...connection.headers,
    },
    ...(connection.queryParams ? { defaultQuery: { ...connection.queryParams } } : {}),
    maxRetries: 0,
    timeout: timeoutMs,
  });
}
