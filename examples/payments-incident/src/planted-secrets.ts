function toBase64Url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

// A token with a believable shape (header.payload.signature); the signature is made up and verifies
// against nothing.
const checkoutSessionToken = [
  toBase64Url({ alg: 'HS256', typ: 'JWT' }),
  toBase64Url({
    sub: 'usr_48213',
    sid: 'ses_k2v9q7',
    scope: 'cart:read cart:write',
    iat: 1772628000,
    exp: 1772631600,
  }),
  'tQ7mZx3Vb9LrN2pKs8WdYe4HcJ6uFa1GoPi5TnRvXqE',
].join('.');

/**
 * The synthetic secrets planted in the evidence so redaction has something real-looking to remove.
 * None of them grants access to anything.
 */
export const PLANTED_SECRET_VALUES = {
  /** Password inside the payments database URL, logged once by every new payments pod at start-up. */
  paymentsDatabasePassword: 'Wq9xT4mLp2vRz8KdN3sB',
  /** Session token in a checkout warning that dumps the request's `Authorization` header. */
  checkoutBearerToken: checkoutSessionToken,
  /** AWS access key id in an orders debug line. */
  ordersAccessKeyId: 'AKIAQ3EGR7NLV2XW5JTB',
  /** Replica password in the arguments of a Glue job update recorded by CloudTrail. */
  glueJobPassword: 'r3Pl1ca-Etl-9fK2mQ',
} as const;

/** Every planted secret; after redaction none of these strings may appear anywhere in a report. */
export const PLANTED_SECRETS: readonly string[] = Object.values(PLANTED_SECRET_VALUES);
