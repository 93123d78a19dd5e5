import type { InputIssue } from '@triagekit/core';

/** `[]`, or an issue saying that `name` must be a short identifier usable in `openai-compatible:<name>`. */
export function checkCompatibleServerName(name: unknown): InputIssue[] {
  return typeof name === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)
    ? []
    : [
        {
          path: 'name',
          message: `must be letters, digits, ".", "_" or "-" (e.g. "ollama", "azure"), got ${JSON.stringify(name)}`,
        },
      ];
}
