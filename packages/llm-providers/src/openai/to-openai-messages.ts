import type { LlmMessageV1 } from '@triagekit/core';

/**
 * The messages as the OpenAI protocol takes them, with `instruction` (if any) appended to the first system
 * message, or sent as a leading system message when there is none. Adding it as a later system message would
 * break the chat templates of many local models, which accept a system message only at the start.
 */
export function toOpenAiMessages(
  messages: readonly LlmMessageV1[],
  instruction: string | undefined,
): { role: 'system' | 'user' | 'assistant'; content: string }[] {
  const copy = messages.map((message) => ({ role: message.role, content: message.content }));
  if (instruction === undefined) return copy;
  const system = copy.find((message) => message.role === 'system');
  if (system) {
    system.content = `${system.content}\n\n${instruction}`;
    return copy;
  }
  return [{ role: 'system', content: instruction }, ...copy];
}
