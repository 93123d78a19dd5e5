/**
 * Write events that change no infrastructure but are frequent enough to crowd out the ones that do:
 * role assumptions and federation (recorded as writes because they mint credentials), console sign-ins,
 * log stream creation and KMS grant bookkeeping done by services on their own behalf. They are dropped
 * unless listed in `eventNames`. Replace the list with `ignoreEventNames` (`[]` keeps everything).
 */
export const DEFAULT_IGNORED_EVENT_NAMES: readonly string[] = Object.freeze([
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'GetFederationToken',
  'ConsoleLogin',
  'CreateLogStream',
  'CreateGrant',
  'RetireGrant',
]);
