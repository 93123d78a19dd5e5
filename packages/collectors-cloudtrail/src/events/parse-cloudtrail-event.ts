/** The fields of a CloudTrail record (the `CloudTrailEvent` JSON string) that triage uses. */
export interface CloudTrailRecordFields {
  /** `userIdentity.arn`: the IAM user, assumed-role session or service that made the call. */
  readonly userArn?: string;
  /** `userIdentity.type`: `IAMUser`, `AssumedRole`, `Root`, `AWSService`, ... */
  readonly userType?: string;
  /** `userIdentity.sessionContext.sessionIssuer.arn`: the role behind an assumed-role session. */
  readonly roleArn?: string;
  /** `userIdentity.invokedBy`: the AWS service that called on the user's behalf. */
  readonly invokedBy?: string;
  readonly sourceIpAddress?: string;
  readonly userAgent?: string;
  /** Set when the call failed (`AccessDenied`, `ValidationException`, ...): nothing changed. */
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly accountId?: string;
  readonly awsRegion?: string;
  /** The call's parameters, as recorded (may hold anything; summarise before showing). */
  readonly requestParameters?: unknown;
}

/** The outcome of {@link parseCloudTrailEvent}: the fields, or why they could not be read. */
export type ParsedCloudTrailEvent =
  | { readonly ok: true; readonly fields: CloudTrailRecordFields }
  | { readonly ok: false; readonly reason: string };

// A record is a few kilobytes; anything far larger is not a CloudTrail record and is not worth parsing.
const maxRecordLength = 1_048_576;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Reads the `CloudTrailEvent` string of a LookupEvents result. Never throws: malformed JSON, a value that
 * is not an object, or a string over 1 MiB give `{ ok: false, reason }`; missing or mistyped fields are
 * left out of `fields`.
 */
export function parseCloudTrailEvent(json: string | undefined): ParsedCloudTrailEvent {
  if (json === undefined || json.length === 0) return { ok: false, reason: 'it is missing' };
  if (json.length > maxRecordLength) return { ok: false, reason: `it is ${json.length} characters long` };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'it is not a JSON object' };
  }
  const event = value as Record<string, unknown>;
  const identity = record(event.userIdentity);
  const issuer = record(record(identity.sessionContext).sessionIssuer);
  const fields: Record<string, unknown> = {
    userArn: text(identity.arn),
    userType: text(identity.type),
    roleArn: text(issuer.arn),
    invokedBy: text(identity.invokedBy),
    sourceIpAddress: text(event.sourceIPAddress),
    userAgent: text(event.userAgent),
    errorCode: text(event.errorCode),
    errorMessage: text(event.errorMessage),
    accountId: text(event.recipientAccountId) ?? text(identity.accountId),
    awsRegion: text(event.awsRegion),
    requestParameters: event.requestParameters ?? undefined,
  };
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  return { ok: true, fields: fields as CloudTrailRecordFields };
}
