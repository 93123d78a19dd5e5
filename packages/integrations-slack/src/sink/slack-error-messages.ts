/** Web API error codes that another attempt cannot fix, with what to do about them. */
const PERMANENT: Readonly<Record<string, string>> = {
  not_authed: 'no token was sent: set token (a bot token, xoxb-...)',
  invalid_auth: 'the token is not valid: check token (a bot token, xoxb-..., of an installed app)',
  account_inactive: 'the token belongs to a deactivated user or workspace: reinstall the app',
  token_revoked: 'the token was revoked: reinstall the app and use its new bot token',
  token_expired: 'the token expired: refresh it, or use a bot token without expiry',
  not_allowed_token_type: 'this token type cannot post: use a bot token (xoxb-...)',
  no_permission: 'the token may not post here: check the app is allowed in this workspace and channel',
  missing_scope:
    'the token lacks the chat:write scope: add it under OAuth & Permissions and reinstall the app',
  channel_not_found:
    'the channel does not exist or the app cannot see it: use the channel ID (C0123ABCD, under the channel details) and invite the app to private channels',
  not_in_channel:
    'the app is not in the channel: invite it (/invite @your-app), or add the chat:write.public scope',
  is_archived: 'the channel is archived: choose another channel',
  restricted_action: 'a workspace setting prevents the app from posting in this channel',
  ekm_access_denied: 'enterprise key management denied access to the channel',
  team_access_not_granted: 'the token has no access to the workspace of this channel',
  msg_too_long: 'the message is too long (please report this: the sink keeps to Slack limits)',
  no_text: 'the message has no text (please report this)',
  invalid_blocks: 'Slack rejected the blocks (please report this: the sink keeps to Block Kit limits)',
  invalid_blocks_format: 'Slack rejected the blocks format (please report this)',
  invalid_arguments: 'Slack rejected the arguments (please report this)',
  too_many_attachments: 'too many attachments (please report this)',
  as_user_not_supported: 'as_user is not supported for this token',
};

/** Incoming-webhook error bodies that another attempt cannot fix, with what to do about them. */
const WEBHOOK_PERMANENT: Readonly<Record<string, string>> = {
  no_service: 'the webhook URL is unknown, disabled or revoked: create a new incoming webhook',
  no_service_id: 'the webhook URL is incomplete: copy it again from the app settings',
  no_team: 'the webhook URL names no workspace: copy it again',
  team_disabled: 'the workspace of the webhook is disabled',
  invalid_token: 'the webhook token is not valid: create a new incoming webhook',
  channel_not_found: 'the webhook channel was deleted: create a new incoming webhook',
  channel_is_archived: 'the webhook channel is archived: unarchive it or create a new webhook',
  action_prohibited: 'a workspace admin restricted posting to the webhook channel',
  posting_to_general_channel_denied:
    'only admins may post to this channel: choose another channel for the webhook',
  user_not_found: 'the webhook user no longer exists: create a new incoming webhook',
  invalid_payload: 'Slack rejected the payload (please report this: the sink keeps to Block Kit limits)',
  too_many_attachments: 'too many attachments (please report this)',
};

/** What to do about Web API error `code`, or `undefined` when another attempt may succeed. */
export function permanentWebApiError(code: string): string | undefined {
  return PERMANENT[code];
}

/** What to do about incoming-webhook error `body`, or `undefined` when it is not a known permanent error. */
export function permanentWebhookError(body: string): string | undefined {
  return WEBHOOK_PERMANENT[body.trim()];
}
