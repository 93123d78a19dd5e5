import type { LlmProviderV1GenerateOptions } from '@triagekit/core';
import { jsonInstructions } from '../generation/json-instructions.js';
import { throwIfIssues } from '../internal/option-checks.js';
import type { ClaudeOutputPlan } from './plan-claude-output.js';

/** The JSON body of `POST /v1/messages` (the subset this package sends; never a tool that acts). */
export type MessagesRequest = Record<string, unknown> & {
  readonly model: string;
  readonly messages: { role: 'user' | 'assistant'; content: string }[];
};

// Not an action: its input is the answer, and nothing ever runs it.
const toolDescription =
  'Give your complete answer by calling this tool exactly once. Its input is your answer; it performs no action.';

function conversation(options: LlmProviderV1GenerateOptions): MessagesRequest['messages'] {
  const turns: MessagesRequest['messages'] = [];
  for (const message of options.messages) {
    if (message.role === 'system') continue;
    const last = turns.at(-1);
    // The API wants alternating turns: consecutive messages of one role become one turn.
    if (last?.role === message.role) last.content = `${last.content}\n\n${message.content}`;
    else turns.push({ role: message.role, content: message.content });
  }
  if (turns[0]?.role !== 'user') {
    throwIfIssues('doGenerate options of anthropic', [
      {
        path: 'messages',
        message: 'the first non-system message must be a user message for the Messages API',
      },
    ]);
  }
  return turns;
}

/** What the request carries besides the messages. */
export interface MessagesRequestSettings {
  readonly model: string;
  readonly temperature: number | undefined;
  readonly effort: string | undefined;
}

/**
 * Builds the Messages API body: system messages joined into `system`, user/assistant turns, `max_tokens`,
 * temperature, and the JSON mechanism of `plan` — one forced tool (`tool_choice: {type: 'tool'}`), or
 * `output_config.format`, or a JSON instruction appended to `system`.
 */
export function buildMessagesRequest(
  options: LlmProviderV1GenerateOptions,
  settings: MessagesRequestSettings,
  plan: ClaudeOutputPlan,
): MessagesRequest {
  const systemParts = options.messages
    .filter((message) => message.role === 'system')
    .map((message) => message.content);
  if (plan.mode === 'instructions') systemParts.push(jsonInstructions(plan.schema));
  const outputConfig = {
    ...(plan.mode === 'output-format' ? { format: { type: 'json_schema', schema: plan.schema } } : {}),
    ...(settings.effort ? { effort: settings.effort } : {}),
  };
  return {
    model: settings.model,
    max_tokens: options.maxOutputTokens,
    ...(systemParts.length > 0 ? { system: systemParts.join('\n\n') } : {}),
    messages: conversation(options),
    ...(settings.temperature === undefined ? {} : { temperature: settings.temperature }),
    ...(plan.mode === 'tool'
      ? {
          tools: [{ name: plan.toolName, description: toolDescription, input_schema: plan.schema }],
          tool_choice: { type: 'tool', name: plan.toolName },
        }
      : {}),
    ...(Object.keys(outputConfig).length > 0 ? { output_config: outputConfig } : {}),
  };
}
