import { z } from 'zod';

/** The LLM services the config file can name. */
export const LLM_PROVIDER_KINDS = ['openai', 'anthropic', 'openai-compatible'] as const;

const environmentVariableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of an environment variable, not its value');

/**
 * The `llm` section of the config file: which model writes the cited summary on top of the deterministic
 * report. Credentials are never written in the file, only the name of the environment variable holding them.
 */
export const llmConfigSchema = z
  .object({
    /** `openai` (api.openai.com or a gateway), `anthropic`, or any OpenAI-compatible server (Ollama, vLLM, Azure). */
    provider: z.enum(LLM_PROVIDER_KINDS),
    /** Model name. Default: `DEFAULT_LLM_MODELS[provider]`; required for `openai-compatible`. */
    model: z.string().min(1).optional(),
    /** API root. Default: `OPENAI_BASE_URL` / `ANTHROPIC_BASE_URL`, else the provider's; required for `openai-compatible`. */
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * Name of the environment variable holding the API key. Default `OPENAI_API_KEY` / `ANTHROPIC_API_KEY`;
     * `openai-compatible` sends no key unless this is set.
     */
    apiKeyEnv: environmentVariableName.optional(),
    /** Names an `openai-compatible` server in the provider id (`openai-compatible:<name>`). Default `gateway`. */
    name: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, 'only letters, digits, ".", "_" and "-" are allowed')
      .optional(),
    /** Extra HTTP headers on every request (a gateway's routing header; secrets belong in `apiKeyEnv`). */
    headers: z.record(z.string().min(1), z.string()).optional(),
    /** Replace hosts, pods, namespaces, IPs and emails by placeholders in what is sent. Default false. */
    maskIdentifiers: z.boolean().optional(),
    /** Most tokens the model may write per call. Default 2,000. */
    maxOutputTokens: z.number().int().positive().optional(),
    /** Most tokens of one prompt; the context shrinks to fit. Default 12,000. */
    maxPromptTokens: z.number().int().positive().optional(),
    /** Timeout of each call in milliseconds (retries included). Default 60,000. */
    timeoutMs: z.number().int().positive().optional(),
    /** USD per million tokens, for models the built-in price tables do not know (needed for `budget.costUsd`). */
    pricing: z
      .object({
        inputUsdPerMillionTokens: z.number().nonnegative(),
        outputUsdPerMillionTokens: z.number().nonnegative(),
      })
      .strict()
      .optional(),
    /** Folder of a file response cache (relative to the config file): identical prompts are answered from it. */
    cacheDirectory: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.provider === 'openai-compatible') {
      for (const field of ['baseUrl', 'model'] as const) {
        if (entry[field] === undefined) {
          context.addIssue({
            code: 'custom',
            path: [field],
            message: `is required for provider "openai-compatible"`,
          });
        }
      }
    } else if (entry.name !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['name'],
        message: `only applies to provider "openai-compatible"`,
      });
    }
  });

/** A validated `llm` section. */
export type LlmConfig = z.infer<typeof llmConfigSchema>;
