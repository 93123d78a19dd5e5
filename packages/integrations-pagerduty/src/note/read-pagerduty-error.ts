/**
 * The error PagerDuty's REST API put in a response body (`{"error": {"message", "code", "errors": [...]}}`),
 * as one line: `Invalid Input Provided (code 2001): Requester User Not Found`. Falls back to the start of
 * the body when it is not in that shape, and to `no details` when it is empty.
 */
export function readPagerDutyError(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    const error = parsed.error;
    if (typeof error === 'string' && error !== '') return error;
    if (typeof error === 'object' && error !== null) {
      const { message, code, errors } = error as { message?: unknown; code?: unknown; errors?: unknown };
      const details = Array.isArray(errors) ? errors.filter((item) => typeof item === 'string') : [];
      const text = [
        typeof message === 'string' ? message : 'error',
        typeof code === 'number' ? ` (code ${code})` : '',
        details.length > 0 ? `: ${details.join('; ')}` : '',
      ].join('');
      return text.slice(0, 500);
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): fall through to the raw text.
  }
  const text = body.replace(/\s+/g, ' ').trim();
  return text === '' ? 'no details' : text.slice(0, 200);
}
