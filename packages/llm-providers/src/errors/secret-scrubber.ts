import { createRedactor } from '@triagekit/core';

/** Removes secrets from text before it goes into an error message or a warning. */
export type SecretScrubber = (text: string) => string;

function escapeRegularExpression(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Shorter values would match ordinary words; real keys and tokens are far longer.
const minimumSecretLength = 8;

/**
 * A scrubber that first replaces each of `secrets` (the configured API key, secret header values) verbatim,
 * then runs core's default redaction rules (which know the shapes of OpenAI and Anthropic keys, bearer tokens
 * and credentials in URLs), so that a key echoed back by a server or a proxy never reaches a message.
 */
export function createSecretScrubber(secrets: readonly (string | undefined)[]): SecretScrubber {
  const literal = secrets.filter(
    (secret): secret is string => typeof secret === 'string' && secret.length >= minimumSecretLength,
  );
  // The configured secrets go first: a default rule could otherwise replace only part of one.
  // Longest first, so that a secret containing another is replaced whole.
  const alternatives = [...new Set(literal)].sort((a, b) => b.length - a.length).map(escapeRegularExpression);
  const configured = createRedactor({
    includeDefaultRules: false,
    rules: alternatives.length > 0 ? [{ id: 'api-key', pattern: new RegExp(alternatives.join('|')) }] : [],
  });
  const defaults = createRedactor();
  return (text) => defaults.redact(configured.redact(text).text).text;
}
