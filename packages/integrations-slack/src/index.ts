export {
  buildSlackBlocks,
  buildSlackMessage,
  DEFAULT_SLACK_ITEMS,
  type SlackMessageOptions,
} from './blocks/build-slack-blocks.js';
export { escapeMrkdwn } from './blocks/escape-mrkdwn.js';
export type {
  SlackBlock,
  SlackLinkButton,
  SlackMessage,
  SlackMrkdwn,
  SlackPlainText,
} from './blocks/slack-block.js';
export { SLACK_LIMITS } from './blocks/slack-limits.js';
export { createSlackSink } from './sink/create-slack-sink.js';
export {
  DEFAULT_SLACK_TIMEOUT_MS,
  type SlackSinkCommonOptions,
  type SlackSinkOptions,
  type SlackWebApiSinkOptions,
  type SlackWebhookSinkOptions,
} from './sink/slack-sink-options.js';
