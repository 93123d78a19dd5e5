/** A Block Kit `plain_text` object: shown literally, no markup. */
export interface SlackPlainText {
  readonly type: 'plain_text';
  readonly text: string;
  readonly emoji?: boolean;
}

/** A Block Kit `mrkdwn` object: Slack's markup, with `&`, `<` and `>` escaped as entities. */
export interface SlackMrkdwn {
  readonly type: 'mrkdwn';
  readonly text: string;
}

/** A link button: opens `url`; the app needs no interactivity endpoint for it. */
export interface SlackLinkButton {
  readonly type: 'button';
  readonly text: SlackPlainText;
  readonly url: string;
  readonly action_id: string;
}

/**
 * The Block Kit blocks a triage message uses (a subset of Slack's `KnownBlock`), kept as plain data so that
 * they can be checked, logged or sent by any client.
 */
export type SlackBlock =
  | { readonly type: 'header'; readonly text: SlackPlainText }
  | { readonly type: 'section'; readonly text: SlackMrkdwn }
  | { readonly type: 'context'; readonly elements: readonly SlackMrkdwn[] }
  | { readonly type: 'divider' }
  | { readonly type: 'actions'; readonly elements: readonly SlackLinkButton[] };

/** A message: the blocks, and the plain `text` Slack shows in notifications and where blocks cannot show. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: SlackBlock[];
}
