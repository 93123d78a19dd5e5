import type { InputIssue, LlmProviderV1GenerateOptions } from '@triagekit/core';
import { checkNumberInRange, checkPositiveInteger, throwIfIssues } from '../internal/option-checks.js';

const roles = new Set(['system', 'user', 'assistant']);

function checkMessages(messages: unknown): InputIssue[] {
  if (!Array.isArray(messages) || messages.length === 0) {
    return [{ path: 'messages', message: 'must be a non-empty array of { role, content } messages' }];
  }
  const issues = messages.flatMap((message: unknown, index): InputIssue[] => {
    const { role, content } = (typeof message === 'object' && message !== null ? message : {}) as Record<
      string,
      unknown
    >;
    return [
      ...(roles.has(role as string)
        ? []
        : [
            {
              path: `messages[${index}].role`,
              message: `must be system, user or assistant, got ${JSON.stringify(role)}`,
            },
          ]),
      ...(typeof content === 'string'
        ? []
        : [{ path: `messages[${index}].content`, message: `must be a string, got ${typeof content}` }]),
    ];
  });
  if (!messages.some((message: { role?: unknown }) => message?.role === 'user')) {
    issues.push({ path: 'messages', message: 'must contain at least one user message' });
  }
  return issues;
}

function checkResponseFormat(format: unknown): InputIssue[] {
  if (format === undefined) return [];
  const { type, schema, name } = (typeof format === 'object' && format !== null ? format : {}) as Record<
    string,
    unknown
  >;
  if (type !== 'text' && type !== 'json') {
    return [
      { path: 'responseFormat.type', message: `must be "text" or "json", got ${JSON.stringify(type)}` },
    ];
  }
  return [
    ...(schema === undefined || (typeof schema === 'object' && schema !== null && !Array.isArray(schema))
      ? []
      : [{ path: 'responseFormat.schema', message: 'must be a JSON Schema object' }]),
    ...(name === undefined || typeof name === 'string'
      ? []
      : [{ path: 'responseFormat.name', message: 'must be a string' }]),
  ];
}

/**
 * Checks the options of one `doGenerate` call before anything is sent.
 * @throws InvalidInputError naming every bad field (`messages[2].role`, `maxOutputTokens`, ...).
 */
export function validateGenerateOptions(providerId: string, options: LlmProviderV1GenerateOptions): void {
  throwIfIssues(`doGenerate options of ${providerId}`, [
    ...checkMessages(options?.messages),
    ...(options?.maxOutputTokens === undefined
      ? [{ path: 'maxOutputTokens', message: 'is required: a positive integer' }]
      : checkPositiveInteger('maxOutputTokens', options.maxOutputTokens)),
    ...checkNumberInRange('temperature', options?.temperature, 0, 2),
    ...checkResponseFormat(options?.responseFormat),
  ]);
}
