import { resolve } from 'node:path';
import { InvalidInputError, type LlmProviderV1 } from '@triagekit/core';
import { DEFAULT_LLM_MODELS } from './default-llm-models.js';
import type { LlmConfig } from './llm-config-schema.js';

/** Where the API roots default to when neither the config nor the environment names one. */
const DEFAULT_BASE_URLS = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
} as const;

const DEFAULT_API_KEY_VARIABLES = { openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY' } as const;

/** A configured provider and where its requests go. */
export interface CreatedLlmProvider {
  readonly provider: LlmProviderV1;
  /** The API root requests are sent to. */
  readonly baseUrl: string;
  /** The environment variable the API key was read from; `undefined` when no key is sent. */
  readonly apiKeyVariable: string | undefined;
}

/** What {@link createLlmProvider} reads besides the `llm` section. */
export interface LlmProviderContext {
  /** Environment variables (API keys, base URLs); `process.env` in the binary. */
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** The config file's directory, against which `cacheDirectory` resolves. */
  readonly baseDirectory: string;
}

function setValue(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function readApiKey(
  variable: string | undefined,
  environment: LlmProviderContext['environment'],
): string | undefined {
  if (variable === undefined) return undefined;
  const value = setValue(environment[variable]);
  if (value !== undefined) return value;
  throw new InvalidInputError({
    source: 'config file',
    issues: [{ path: 'llm.apiKeyEnv', message: `environment variable ${variable} is not set` }],
    hint: 'Set it, or remove the "llm" section (run and demo also take --no-llm) to triage without a summary.',
  });
}

/** The model to ask; the schema makes `model` required for `openai-compatible`. */
function modelOf(config: LlmConfig): string {
  if (config.model !== undefined) return config.model;
  return config.provider === 'openai-compatible' ? '' : DEFAULT_LLM_MODELS[config.provider];
}

async function createUncached(
  config: LlmConfig,
  environment: LlmProviderContext['environment'],
): Promise<CreatedLlmProvider> {
  const model = modelOf(config);
  const prices = config.pricing === undefined ? undefined : { [model]: config.pricing };
  const shared = {
    ...(config.headers === undefined ? {} : { headers: config.headers }),
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    ...(prices === undefined ? {} : { prices }),
  };
  if (config.provider === 'openai-compatible') {
    // The schema makes baseUrl and model required for this provider.
    const baseUrl = config.baseUrl as string;
    const apiKey = readApiKey(config.apiKeyEnv, environment);
    const { createOpenAiCompatibleProvider } = await import('@triagekit/llm-providers/openai');
    const provider = createOpenAiCompatibleProvider({
      name: config.name ?? 'gateway',
      baseURL: baseUrl,
      model,
      ...(apiKey === undefined ? {} : { apiKey }),
      ...shared,
    });
    return { provider, baseUrl, apiKeyVariable: apiKey === undefined ? undefined : config.apiKeyEnv };
  }
  const apiKeyVariable = config.apiKeyEnv ?? DEFAULT_API_KEY_VARIABLES[config.provider];
  const apiKey = readApiKey(apiKeyVariable, environment);
  if (config.provider === 'openai') {
    // Every connection setting is passed explicitly, so the SDK never falls back to process.env.
    const baseUrl = config.baseUrl ?? setValue(environment.OPENAI_BASE_URL) ?? DEFAULT_BASE_URLS.openai;
    const organization = setValue(environment.OPENAI_ORG_ID);
    const { createOpenAiProvider } = await import('@triagekit/llm-providers/openai');
    const provider = createOpenAiProvider({
      model,
      apiKey,
      baseURL: baseUrl,
      ...(organization === undefined ? {} : { organization }),
      ...shared,
    });
    return { provider, baseUrl, apiKeyVariable };
  }
  const baseUrl = config.baseUrl ?? setValue(environment.ANTHROPIC_BASE_URL) ?? DEFAULT_BASE_URLS.anthropic;
  const { createAnthropicProvider } = await import('@triagekit/llm-providers/anthropic');
  const provider = createAnthropicProvider({ model, apiKey, baseURL: baseUrl, ...shared });
  return { provider, baseUrl, apiKeyVariable };
}

/**
 * Builds the provider an `llm` section describes, on the official SDK of its service, with the API key read
 * from the named environment variable and, with `cacheDirectory`, a file response cache in front of it. The
 * SDKs are loaded only here, so a run without a model never loads them.
 * @throws InvalidInputError when the API key's environment variable is not set, or the provider rejects an
 *   option (an invalid base URL, model or price).
 */
export async function createLlmProvider(
  config: LlmConfig,
  context: LlmProviderContext,
): Promise<CreatedLlmProvider> {
  const created = await createUncached(config, context.environment);
  if (config.cacheDirectory === undefined) return created;
  const { createFileResponseCache, withResponseCache } = await import('@triagekit/llm-providers');
  const cache = createFileResponseCache({ directory: resolve(context.baseDirectory, config.cacheDirectory) });
  return { ...created, provider: withResponseCache(created.provider, { cache }) };
}
