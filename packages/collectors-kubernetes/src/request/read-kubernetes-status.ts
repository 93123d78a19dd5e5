/** What a Kubernetes `Status` error body says. */
export interface KubernetesStatus {
  readonly message?: string;
  readonly reason?: string;
  /** `metadata.continue` of a 410 Expired answer. */
  readonly continueToken?: string;
  /** `details.retryAfterSeconds` of a 429 or 503 answer. */
  readonly retryAfterSeconds?: number;
}

const maxMessageLength = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(body: unknown): unknown {
  if (isRecord(body) && !Buffer.isBuffer(body)) return body;
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
  try {
    return JSON.parse(text);
  } catch {
    // Not a Status object (a proxy's HTML page, an empty body): keep its text as the message.
    return text.trim().length > 0 ? { message: text.replace(/\s+/g, ' ').trim() } : {};
  }
}

/**
 * Reads the `Status` object the API server sends with error answers
 * (`{"kind":"Status","status":"Failure","message":...,"reason":"Forbidden","code":403}`). The body may be
 * the raw text, a Buffer or already parsed; anything unreadable yields an empty status, never a throw.
 */
export function readKubernetesStatus(body: unknown): KubernetesStatus {
  const status = parse(body);
  if (!isRecord(status)) return {};
  const metadata = isRecord(status.metadata) ? status.metadata : {};
  const details = isRecord(status.details) ? status.details : {};
  const message =
    typeof status.message === 'string' && status.message.length > 0
      ? status.message.length > maxMessageLength
        ? `${status.message.slice(0, maxMessageLength)}…`
        : status.message
      : undefined;
  return {
    ...(message === undefined ? {} : { message }),
    ...(typeof status.reason === 'string' && status.reason ? { reason: status.reason } : {}),
    ...(typeof metadata.continue === 'string' && metadata.continue
      ? { continueToken: metadata.continue }
      : {}),
    ...(typeof details.retryAfterSeconds === 'number' && details.retryAfterSeconds >= 0
      ? { retryAfterSeconds: details.retryAfterSeconds }
      : {}),
  };
}
