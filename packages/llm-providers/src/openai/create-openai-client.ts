import OpenAI from 'openai';
import { throwIfIssues } from '../internal/option-checks.js';

/** The connection options both OpenAI factories accept. */
export interface OpenAiConnectionOptions {
  readonly apiKey?: string;
  readonly baseURL?: string;
  readonly organization?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An `OpenAI` client with the SDK's own retries off (this package retries) and a per-request timeout.
 * @throws InvalidInputError from `source` naming `apiKey` when the SDK finds no key.
 */
export function createOpenAiClient(
  options: OpenAiConnectionOptions,
  timeoutMs: number,
  source: string,
): OpenAI {
  try {
    return new OpenAI({
      ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
      ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
      ...(options.organization === undefined ? {} : { organization: options.organization }),
      ...(options.headers === undefined ? {} : { defaultHeaders: { ...options.headers } }),
      maxRetries: 0,
      timeout: timeoutMs,
    });
  } catch (error) {
    throwIfIssues(source, [
      {
        path: 'apiKey',
        message: `is missing: pass apiKey or set OPENAI_API_KEY (${(error as Error).message})`,
      },
    ]);
    throw error;
  }
}
