import type { SummaryOptions } from '@triagekit/core';
import { createLlmProvider } from './create-llm-provider.js';
import type { LlmConfig } from './llm-config-schema.js';
import { llmFromEnvironment } from './llm-from-environment.js';

/**
 * Where the summary's model may come from: `config` (the `llm` section only, as `serve` does),
 * `config-or-environment` (else an API key in the environment, as `run` and `demo` do), or `off` (never).
 */
export type LlmSource = 'off' | 'config' | 'config-or-environment';

/** The summary step of a run, if any, and the line that tells the user about it. */
export interface ResolvedLlmSummary {
  /** For `TriagePipelineOptions.summary`; `undefined` keeps the run offline. */
  readonly summary: SummaryOptions | undefined;
  /** One line for stderr (without a newline), shown unless `--quiet`; `undefined` when there is nothing to say. */
  readonly notice: string | undefined;
}

/** Printed once by `run` and `demo` when neither the config nor the environment names a model. */
export const NO_LLM_CONFIGURED_NOTICE =
  'triagekit: no LLM configured (set OPENAI_API_KEY or ANTHROPIC_API_KEY, or "llm" in the config): the report is deterministic and complete without one.';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Decides whether a run gets an LLM summary and builds its options: the config's `llm` section when there is
 * one, else (with `config-or-environment`) a provider picked from the environment's API keys. The notice says
 * which model and host the redacted prompt goes to, or that the run stays offline.
 * @throws InvalidInputError when the `llm` section names an API key variable that is not set.
 */
export async function resolveLlmSummary(options: {
  readonly llm: LlmConfig | undefined;
  readonly source: LlmSource;
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** The config file's directory (the working directory without one), for `cacheDirectory`. */
  readonly baseDirectory: string;
}): Promise<ResolvedLlmSummary> {
  if (options.source === 'off') return { summary: undefined, notice: undefined };
  const fromEnvironment =
    options.llm === undefined && options.source === 'config-or-environment'
      ? llmFromEnvironment(options.environment)
      : undefined;
  const config = options.llm ?? fromEnvironment;
  if (config === undefined) {
    return {
      summary: undefined,
      notice: options.source === 'config-or-environment' ? NO_LLM_CONFIGURED_NOTICE : undefined,
    };
  }
  const { provider, baseUrl, apiKeyVariable } = await createLlmProvider(config, options);
  const summary: SummaryOptions = {
    provider,
    ...(config.maskIdentifiers === undefined ? {} : { maskIdentifiers: config.maskIdentifiers }),
    ...(config.maxOutputTokens === undefined ? {} : { maxOutputTokens: config.maxOutputTokens }),
    ...(config.maxPromptTokens === undefined ? {} : { maxPromptTokens: config.maxPromptTokens }),
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
  };
  const key = apiKeyVariable === undefined ? '' : ` (key from ${apiKeyVariable})`;
  const masked = config.maskIdentifiers ? ' with identifiers masked' : '';
  return {
    summary,
    notice: `triagekit: LLM summary by ${provider.providerId}/${provider.modelId} at ${hostOf(baseUrl)}${key}: the redacted findings are sent there${masked}; --no-llm keeps the run offline.`,
  };
}
