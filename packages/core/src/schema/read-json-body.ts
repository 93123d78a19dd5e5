import { InvalidInputError } from '../errors/invalid-input-error.js';

/** A request body as a server receives it: raw text or bytes, or JSON a framework already parsed. */
export type RequestBody = string | Uint8Array | object;

/** Options of {@link readJsonBody}. */
export interface ReadJsonBodyOptions {
  /** What the body is, for error messages, e.g. `Alertmanager webhook`. */
  readonly source: string;
  /** Largest accepted body, in bytes (UTF-8). */
  readonly maxBodyBytes: number;
  /** One line telling the sender what was expected. */
  readonly hint: string;
}

// Fatal: a body that is not UTF-8 is not JSON; decoding it leniently would hide the problem.
const decoder = new TextDecoder('utf-8', { fatal: true });

function fail(options: ReadJsonBodyOptions, message: string, cause?: unknown): InvalidInputError {
  return new InvalidInputError({
    source: options.source,
    issues: [{ path: '', message }],
    hint: options.hint,
    cause,
  });
}

function decode(body: string | Uint8Array, options: ReadJsonBodyOptions): string {
  const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
  if (size > options.maxBodyBytes) {
    throw fail(
      options,
      `body is ${size} bytes, more than the ${options.maxBodyBytes} accepted (maxBodyBytes)`,
    );
  }
  if (typeof body === 'string') return body;
  try {
    return decoder.decode(body);
  } catch (error) {
    throw fail(options, 'body is not valid UTF-8 text', error);
  }
}

/**
 * Parses a JSON request body given as text or bytes (a string, a `Buffer`, a `Uint8Array`); any other value
 * is taken as JSON a framework already parsed and returned as is. A leading byte-order mark is ignored.
 * @throws InvalidInputError when the body is too large, not UTF-8, empty or not JSON (with the parser's
 * position).
 */
export function readJsonBody(body: RequestBody, options: ReadJsonBodyOptions): unknown {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) return body;
  const text = decode(body, options).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw fail(options, 'body is empty; expected a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw fail(options, `body is not valid JSON (${reason})`, error);
  }
}
