import {
  type RecordedRequest,
  type ReplayResponse,
  type ReplayServer,
  startReplayServer,
} from './replay-http-server.js';

/** The key the Anthropic replay server accepts. */
export const ANTHROPIC_TEST_API_KEY = 'sk-ant-api03-replay000000000000000000000000000000000000test';

/** One scripted answer; `undefined` (from a function) means the realistic default answer. */
export type AnthropicReplayStep = ReplayResponse | undefined;

/** Options of {@link startAnthropicReplayServer}. */
export interface AnthropicReplayServerOptions {
  /** Answers consumed one per request, in order (the last repeats), or a function of the request. */
  readonly script?:
    | readonly AnthropicReplayStep[]
    | ((request: RecordedRequest, index: number) => AnthropicReplayStep);
}

/** Anthropic's error body, `{"type": "error", "error": {"type", "message"}, "request_id"}`. */
export function anthropicError(status: number, type: string, message: string): ReplayResponse {
  return {
    status,
    headers: { 'request-id': 'req_011CVaReplay0000000000001' },
    json: { type: 'error', error: { type, message }, request_id: 'req_011CVaReplay0000000000001' },
  };
}

/** The realistic answer to a well-formed request: the answer tool's call when one is forced, else text. */
export function defaultAnthropicAnswer(request: RecordedRequest): ReplayResponse {
  const body = request.body ?? {};
  const forced = body.tool_choice as { type?: string; name?: string } | undefined;
  const content =
    forced?.type === 'tool'
      ? [
          {
            type: 'tool_use',
            id: 'toolu_01ReplayReplayReplay0001',
            name: forced.name,
            input: { answer: 'OK' },
          },
        ]
      : [{ type: 'text', text: body.output_config ? '{"answer":"OK"}' : 'OK' }];
  return {
    headers: { 'request-id': 'req_011CVaReplay0000000000002' },
    json: {
      id: 'msg_01ReplayReplayReplay0001',
      type: 'message',
      role: 'assistant',
      model: String(body.model),
      content,
      stop_reason: forced?.type === 'tool' ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 27,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: 4,
        service_tier: 'standard',
      },
    },
  };
}

function isAuthorized(request: RecordedRequest): boolean {
  // The API takes `x-api-key`; SDK 1.x sends the key as a bearer token instead. Both are accepted.
  return (
    request.headers['x-api-key'] === ANTHROPIC_TEST_API_KEY ||
    request.headers.authorization === `Bearer ${ANTHROPIC_TEST_API_KEY}`
  );
}

/**
 * A local server speaking Anthropic's wire protocol: `POST /v1/messages` only, requiring a key
 * (`authentication_error` 401 otherwise) and the `anthropic-version` header (400 otherwise), with
 * `not_found_error` 404 for any other method or path. It records every request. Scripted answers replace the
 * default answer.
 */
export async function startAnthropicReplayServer(
  options: AnthropicReplayServerOptions = {},
): Promise<ReplayServer> {
  const { script } = options;
  return startReplayServer((request, index) => {
    if (!isAuthorized(request)) return anthropicError(401, 'authentication_error', 'invalid x-api-key');
    if (typeof request.headers['anthropic-version'] !== 'string') {
      return anthropicError(400, 'invalid_request_error', 'anthropic-version: header is required');
    }
    if (request.method !== 'POST' || request.path !== '/v1/messages') {
      return anthropicError(404, 'not_found_error', 'Not found');
    }
    const step =
      typeof script === 'function'
        ? script(request, index)
        : script?.[Math.min(index, (script?.length ?? 1) - 1)];
    return step ?? defaultAnthropicAnswer(request);
  });
}
