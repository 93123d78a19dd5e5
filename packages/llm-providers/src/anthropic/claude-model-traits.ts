/** What the request builder needs to know about a Claude model. */
export interface ClaudeModelTraits {
  /**
   * Whether the model accepts `temperature`. Claude Opus 4.7 and later, Sonnet 5 and later, Haiku 5 and
   * later, Fable and Mythos reject non-default sampling parameters with HTTP 400.
   */
  readonly acceptsTemperature: boolean;
  /**
   * Whether the model accepts a forced `tool_choice` (`{type: 'tool'}`). The same newer models think by
   * default (forced tool use is incompatible with thinking) or reject it outright (Sonnet 5.5, Opus 5.5);
   * they get JSON through `output_config.format` instead.
   */
  readonly acceptsForcedTool: boolean;
}

const classic: ClaudeModelTraits = { acceptsTemperature: true, acceptsForcedTool: true };
const modern: ClaudeModelTraits = { acceptsTemperature: false, acceptsForcedTool: false };

// `claude-sonnet-4-5`, `claude-opus-4-1-20250805`, `claude-sonnet-4-20250514`, `claude-fable-5`.
const currentNaming = /^claude-(opus|sonnet|haiku|fable|mythos)-(\d+)(?:-(\d{1,2}))?(?:-\d{8}|-latest)?$/;
// `claude-3-5-haiku-20241022`, `claude-3-7-sonnet-latest`, `claude-3-opus-20240229`.
const earlierNaming = /^claude-(\d+)(?:-(\d+))?-(opus|sonnet|haiku)(?:-\d{8}|-latest)?$/;

function isBefore(major: number, minor: number, cutoffMajor: number, cutoffMinor: number): boolean {
  return major < cutoffMajor || (major === cutoffMajor && minor < cutoffMinor);
}

/**
 * The traits of a Claude model, from its name (a Bedrock or Vertex prefix such as `anthropic.` or `us.` is
 * ignored). Names this package cannot read — new families, proxies' aliases — are treated as current models,
 * which is the safe side: no temperature, JSON through `output_config.format`.
 */
export function claudeModelTraits(model: string): ClaudeModelTraits {
  const name = model
    .toLowerCase()
    .replace(/^.*?(?=claude-)/, '')
    .replace(/-v\d+(:\d+)?$/, '');
  if (earlierNaming.test(name)) return classic;
  const match = currentNaming.exec(name);
  if (!match) return modern;
  const family = match[1];
  const major = Number(match[2]);
  const minor = Number(match[3] ?? 0);
  if (family === 'opus') return isBefore(major, minor, 4, 7) ? classic : modern;
  if (family === 'sonnet' || family === 'haiku') return major < 5 ? classic : modern;
  return modern;
}
