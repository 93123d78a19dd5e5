import type {
  RecordedRequest,
  ReplayResponse,
} from '../../../../llm-providers/src/__fixtures__/replay-http-server.js';
import { summaryAnswerFromPrompt } from './summary-answer-from-prompt.js';

interface WireMessage {
  readonly role: string;
  readonly content: string | readonly { readonly type: string; readonly text?: string }[];
}

/** The text of the user message of a recorded OpenAI or Anthropic request: the summary prompt's data. */
export function userPromptOf(request: RecordedRequest): string {
  const messages = (request.body?.messages ?? []) as readonly WireMessage[];
  const user = messages.find((message) => message.role === 'user');
  if (user === undefined) return '';
  if (typeof user.content === 'string') return user.content;
  return user.content.map((part) => part.text ?? '').join('\n');
}

// Roughly what a tokenizer counts, so usage and cost look like a real call's.
function tokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** A Chat Completions answer carrying `text`, with OpenAI's shape and usage. */
export function openAiChatCompletion(request: RecordedRequest, text: string): ReplayResponse {
  return {
    headers: { 'x-request-id': 'req_replay0000000000000000000001' },
    json: {
      id: 'chatcmpl-CXfReplaySummary0000000000001',
      object: 'chat.completion',
      created: 1764230400,
      model: `${String(request.body?.model)}-2025-04-14`,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: tokens(request.bodyText),
        completion_tokens: tokens(text),
        total_tokens: tokens(request.bodyText) + tokens(text),
      },
      service_tier: 'default',
      system_fingerprint: 'fp_6f2eabb9a5',
    },
  };
}

/** The summary answer built from the request's prompt, as an OpenAI Chat Completions response. */
export function openAiSummaryAnswer(request: RecordedRequest): ReplayResponse {
  return openAiChatCompletion(request, JSON.stringify(summaryAnswerFromPrompt(userPromptOf(request))));
}

/**
 * The summary answer built from the request's prompt, as an Anthropic Messages response: the forced answer
 * tool's input when the request forces one (Claude 4.5 and earlier), else JSON text (`output_config.format`).
 */
export function anthropicSummaryAnswer(request: RecordedRequest): ReplayResponse {
  const body = request.body ?? {};
  const answer = summaryAnswerFromPrompt(userPromptOf(request));
  const forced = body.tool_choice as { type?: string; name?: string } | undefined;
  const content =
    forced?.type === 'tool'
      ? [{ type: 'tool_use', id: 'toolu_01ReplaySummary000000001', name: forced.name, input: answer }]
      : [{ type: 'text', text: JSON.stringify(answer) }];
  return {
    headers: { 'request-id': 'req_011CVaReplaySummary000001' },
    json: {
      id: 'msg_01ReplaySummary000000001',
      type: 'message',
      role: 'assistant',
      model: String(body.model),
      content,
      stop_reason: forced?.type === 'tool' ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: tokens(request.bodyText),
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: tokens(JSON.stringify(answer)),
        service_tier: 'standard',
      },
    },
  };
}
