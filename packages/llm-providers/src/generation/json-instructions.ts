/**
 * The instruction appended to the system prompt when JSON is asked for without a server-side guarantee
 * (plain-text servers, or JSON mode without a schema). It also contains the word "JSON", which OpenAI's
 * `json_object` mode requires somewhere in the messages.
 */
export function jsonInstructions(schema: Record<string, unknown> | undefined): string {
  const base =
    'Answer with a single JSON object and nothing else: no prose before or after it, no code fences.';
  return schema ? `${base} The object must match this JSON Schema:\n${JSON.stringify(schema)}` : base;
}

const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/i;

/**
 * The JSON inside a reply that is one fenced code block (```json ... ```), which small local models tend
 * to produce despite instructions; any other reply is returned unchanged.
 */
export function unwrapJsonCodeFence(text: string): string {
  const match = fenced.exec(text);
  return match?.[1] ?? text;
}
