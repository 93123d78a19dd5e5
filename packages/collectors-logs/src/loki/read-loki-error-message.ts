const maxMessageLength = 500;

/**
 * The message in a Loki error body: Loki answers query errors in plain text
 * (`parse error at line 1, col 7: syntax error: unexpected IDENTIFIER`), gateways and newer versions in JSON
 * (`{"status":"error","error":"..."}` or `{"message":"..."}`). Cut to 500 characters; `(empty body)` when
 * there is nothing to show.
 */
export function readLokiErrorMessage(body: string): string {
  let message = body.trim();
  try {
    const json: unknown = JSON.parse(message);
    if (typeof json === 'object' && json !== null) {
      const { error, message: text } = json as Record<string, unknown>;
      if (typeof error === 'string') message = error;
      else if (typeof text === 'string') message = text;
    }
  } catch {
    // Not JSON: the plain-text body is the message.
  }
  message = message.replace(/\s+/g, ' ').trim();
  if (message.length === 0) return '(empty body)';
  return message.length > maxMessageLength ? `${message.slice(0, maxMessageLength)}…` : message;
}
