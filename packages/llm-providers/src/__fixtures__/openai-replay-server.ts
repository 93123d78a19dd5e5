import { createHash } from 'node:crypto';
import {
  type RecordedRequest,
  type ReplayResponse,
  type ReplayServer,
  startReplayServer,
} from './replay-http-server.js';

/** The key the OpenAI replay server accepts unless told otherwise. */
export const OPENAI_TEST_API_KEY = 'sk-proj-replay0000000000000000000000000000test';

/** One scripted answer; `undefined` (from a function) means the realistic default answer. */
export type OpenAiReplayStep = ReplayResponse | undefined;

/** Options of {@link startOpenAiReplayServer}. */
export interface OpenAiReplayServerOptions {
  /** Answers consumed one per request, in order (the last repeats), or a function of the request. */
  readonly script?:
    | readonly OpenAiReplayStep[]
    | ((request: RecordedRequest, index: number) => OpenAiReplayStep);
  /**
   * The key accepted as `Authorization: Bearer <key>` or `api-key: <key>` (Azure). `null` accepts requests
   * without a key, as Ollama does. Default {@link OPENAI_TEST_API_KEY}.
   */
  readonly apiKey?: string | null;
}

/** The replay server plus the base URL to give the SDK (`<origin>/v1`). */
export interface OpenAiReplayServer extends ReplayServer {
  readonly baseURL: string;
}

/** OpenAI's error body, `{"error": {"message", "type", "param", "code"}}`. */
export function openAiError(
  status: number,
  message: string,
  type: string,
  code: string | null,
): ReplayResponse {
  return { status, json: { error: { message, type, param: null, code } } };
}

function unauthorized(): ReplayResponse {
  return openAiError(
    401,
    'Incorrect API key provided: sk-proj-****test. You can find your API key at https://platform.openai.com/account/api-keys.',
    'invalid_request_error',
    'invalid_api_key',
  );
}

function created(): number {
  return 1764230400;
}

function chatCompletion(body: Record<string, unknown>): ReplayResponse {
  const format = (body.response_format as { type?: string } | undefined)?.type;
  const content = format === 'json_schema' || format === 'json_object' ? '{"answer":"OK"}' : 'OK';
  return {
    json: {
      id: 'chatcmpl-CXfReplay000000000000000000001',
      object: 'chat.completion',
      created: created(),
      model: String(body.model),
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 31, completion_tokens: 2, total_tokens: 33 },
      service_tier: 'default',
      system_fingerprint: 'fp_560af6e559',
    },
  };
}

function response(body: Record<string, unknown>): ReplayResponse {
  return {
    json: {
      id: 'resp_0replay0000000000000000000000000000000000000001',
      object: 'response',
      created_at: created(),
      status: 'completed',
      error: null,
      incomplete_details: null,
      model: String(body.model),
      output: [
        {
          id: 'msg_0replay000000000000000000000000000000000000001',
          type: 'message',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', annotations: [], logprobs: [], text: 'OK' }],
        },
      ],
      store: false,
      usage: {
        input_tokens: 31,
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: 2,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: 33,
      },
    },
  };
}

const nativeDimensions: Record<string, number> = { 'text-embedding-3-large': 3072 };

/** A deterministic unit-length vector for `text`: equal texts give equal vectors. */
export function replayEmbedding(text: string, dimensions: number): number[] {
  const vector: number[] = [];
  for (let block = 0; vector.length < dimensions; block += 1) {
    const digest = createHash('sha256').update(`${block}:${text}`).digest();
    for (let offset = 0; offset + 2 <= digest.length && vector.length < dimensions; offset += 2) {
      vector.push(digest.readInt16LE(offset) / 32768);
    }
  }
  const length = Math.hypot(...vector) || 1;
  // Float32 precision, as the API serves them.
  return vector.map((component) => Math.fround(component / length));
}

function toBase64(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}

function embeddings(body: Record<string, unknown>): ReplayResponse {
  const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
  const model = String(body.model);
  const dimensions =
    typeof body.dimensions === 'number' ? body.dimensions : (nativeDimensions[model] ?? 1536);
  const base64 = body.encoding_format === 'base64';
  return {
    json: {
      object: 'list',
      data: inputs.map((input, index) => {
        const vector = replayEmbedding(input, dimensions);
        return { object: 'embedding', index, embedding: base64 ? toBase64(vector) : vector };
      }),
      model,
      usage: {
        prompt_tokens: inputs.reduce((sum, input) => sum + input.split(/\s+/).length, 0),
        total_tokens: inputs.reduce((sum, input) => sum + input.split(/\s+/).length, 0),
      },
    },
  };
}

/** The realistic answer to a well-formed request: OpenAI's shape, echoing the requested model. */
export function defaultOpenAiAnswer(request: RecordedRequest): ReplayResponse {
  const body = request.body ?? {};
  if (request.path.endsWith('/chat/completions')) return chatCompletion(body);
  if (request.path.endsWith('/responses')) return response(body);
  return embeddings(body);
}

function isAuthorized(request: RecordedRequest, apiKey: string | null): boolean {
  if (apiKey === null) return true;
  return request.headers.authorization === `Bearer ${apiKey}` || request.headers['api-key'] === apiKey;
}

const endpoints = ['/chat/completions', '/responses', '/embeddings'];

/**
 * A local server speaking OpenAI's wire protocol: `POST .../chat/completions`, `.../responses` and
 * `.../embeddings` (any prefix, so Azure's `/openai/deployments/<name>/...` works too), authentication by
 * bearer token or `api-key` header (401 with OpenAI's error body otherwise), 404 with OpenAI's body for any
 * other method or path. It records every request. Scripted answers replace the default answer.
 */
export async function startOpenAiReplayServer(
  options: OpenAiReplayServerOptions = {},
): Promise<OpenAiReplayServer> {
  const apiKey = options.apiKey === undefined ? OPENAI_TEST_API_KEY : options.apiKey;
  const { script } = options;
  const server = await startReplayServer((request, index) => {
    if (!isAuthorized(request, apiKey)) return unauthorized();
    if (request.method !== 'POST' || !endpoints.some((endpoint) => request.path.endsWith(endpoint))) {
      return openAiError(
        404,
        `Invalid URL (${request.method} ${request.path})`,
        'invalid_request_error',
        null,
      );
    }
    const step =
      typeof script === 'function'
        ? script(request, index)
        : script?.[Math.min(index, (script?.length ?? 1) - 1)];
    return step ?? defaultOpenAiAnswer(request);
  });
  return { ...server, baseURL: `${server.origin}/v1` };
}
