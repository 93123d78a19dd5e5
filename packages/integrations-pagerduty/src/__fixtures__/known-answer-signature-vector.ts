import { readFixture } from './read-fixture.js';

/**
 * A known-answer vector for v3 webhook signatures: `known-answer-signature-vector.txt` holds the exact
 * body (a .txt, so that no formatter touches its bytes); the signature was computed outside Node.js with
 * `openssl dgst -sha256 -hmac <secret> known-answer-signature-vector.txt`, following PagerDuty's
 * documented scheme (`v1=` + hex HMAC-SHA256 of the raw body). Checking against it proves that our
 * verification agrees with an independent implementation of the scheme, not only with itself.
 */
export const KNOWN_ANSWER_SIGNATURE_VECTOR = {
  secret: 'tk-whsec-3nX9qLrV7pA2sD8fJ1hK4mZ6cB0yT5uE',
  signatureHeader: 'v1=0eba8dc515ec3763f4d6edf89a668da0452aa7985aae6620a8c0778a619a965b',
  body: (): Buffer => readFixture('known-answer-signature-vector.txt'),
} as const;
