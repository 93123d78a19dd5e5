/**
 * Block Kit limits the message builder keeps to (Slack rejects a message that breaks one with
 * `invalid_blocks`): blocks per message, characters per text field, header and button texts, URL length
 * and context elements.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  textLength: 3000,
  headerLength: 150,
  buttonTextLength: 75,
  urlLength: 3000,
  contextElements: 10,
} as const;
