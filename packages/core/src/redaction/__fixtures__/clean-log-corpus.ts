/** One ordinary text that must come out of the default redactor unchanged. */
export interface CleanCorpusEntry {
  /** Why it is interesting: what a careless rule could mistake for a secret. */
  readonly name: string;
  /** The text as it would arrive from a collector. */
  readonly text: string;
}

/**
 * Ordinary operational text full of things that look a little like secrets (ids, hashes, hostnames, words
 * such as `token` and `auth`) but are not, and must survive redaction untouched.
 */
export const CLEAN_LOG_CORPUS: readonly CleanCorpusEntry[] = [
  {
    name: 'UUID request and trace ids in logfmt',
    text: 'ts=2024-05-01T12:00:01.123Z level=info msg="request done" request_id=5f1c2a9e-8b7d-4c3e-9a1f-2b6d8e0c4a7f trace_id=4bf92f3577b34da6a3ce929d0e0e4736 status=200 duration=35.2ms',
  },
  {
    name: 'git SHAs in a deploy message',
    text: 'Deploying payments 3f2a9c1d4e5b6a7980f1e2d3c4b5a69788796a5b (previous 9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b) to production',
  },
  {
    name: 'pod and node names in a scheduling event',
    text: 'Normal  Scheduled  pod/payments-7d9f8c6b5-x2x7k  Successfully assigned payments/payments-7d9f8c6b5-x2x7k to ip-10-0-3-17.eu-west-1.compute.internal',
  },
  {
    name: 'nginx access log without credentials',
    text: '10.0.3.17 - - [01/May/2024:12:00:01 +0000] "GET /api/v1/orders/48213?page=2&limit=50 HTTP/1.1" 200 5123 "https://shop.example.com/cart" "Mozilla/5.0 (X11; Linux x86_64)" rt=0.035',
  },
  {
    name: 'URL with a port and an email in the query',
    text: 'POST https://api.example.com:8443/v1/invites?email=bob@example.com&team=payments returned 201 in 88ms',
  },
  {
    name: 'LLM usage counters',
    text: 'level=info msg="completion done" model=gpt-4o token_count=512 prompt_tokens=400 completion_tokens=112 max_tokens=4096 tokenizer=cl100k_base',
  },
  {
    name: 'authentication failure prose',
    text: 'WARN authentication failed for user bob from 203.0.113.7 (reason: invalid credentials)',
  },
  {
    name: 'auth failure prose without an assignment',
    text: 'auth failed for user alice after 3 attempts; account locked for 15m',
  },
  {
    name: 'Java stack frames of token classes',
    text: 'at com.example.auth.TokenService.refresh(TokenService.java:88)\n\tat com.example.auth.AuthFilter.doFilter(AuthFilter.java:41)',
  },
  {
    name: 'Spring Boot startup line with a secret-sounding logger',
    text: '2024-05-01 12:00:00.511  INFO 1 --- [           main] c.e.auth.TokenService                    : Started TokenService in 2.31 seconds (process running for 2.9)',
  },
  {
    name: 'GC pause with sizes and durations',
    text: '[2024-05-01T12:00:01.001+0000][info][gc] GC(412) Pause Young (Normal) (G1 Evacuation Pause) 24M->8M(256M) 3.512ms',
  },
  {
    name: 'connection tracking with IPs and ports',
    text: '2024-05-01T12:00:00.000Z conn 10.0.3.17:41822 -> 10.0.4.22:5432 established (pool=orders size=20 idle=4)',
  },
  {
    name: 'crash loop event',
    text: 'Warning  BackOff  pod/api-5c9d8f7b6-qwert  Back-off restarting failed container api in pod api-5c9d8f7b6-qwert_default(6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b)',
  },
  {
    name: 'readiness probe failure',
    text: 'Warning  Unhealthy  pod/checkout-84c7d9f6b-2lmno  Readiness probe failed: Get "http://10.42.1.7:8080/healthz": context deadline exceeded',
  },
  {
    name: 'password-reset notification with an email address',
    text: 'INFO notifications: sent password reset email to bob@example.com (template=reset-v2, locale=de-DE)',
  },
  {
    name: 'git author and committer fields',
    text: 'commit=3f2a9c1 author=alice committer=bob authority=release-team subject="fix: retry on 503"',
  },
  {
    name: 'Kubernetes secret reference by name',
    text: 'volumes: [{name: creds, secretName: db-credentials}] env: [{name: DB_HOST, value: pg.data.svc}]',
  },
  {
    name: 'Rust tracing module path',
    text: '2024-05-01T12:00:01.000Z  INFO payments::auth::session: created session id=42 user=alice',
  },
  {
    name: 'token state prose after a colon',
    text: 'refresh rejected: token: expired (issued 2024-04-30T12:00:00Z)',
  },
  {
    name: 'AWS role id in a CloudTrail principal',
    text: '{"userIdentity":{"type":"AssumedRole","principalId":"AROA3XFRBF535PLBIFPI4:gha-deploy","arn":"arn:aws:sts::123456789012:assumed-role/deployer/gha-deploy"}}',
  },
  {
    name: 'bearer prose without a credential',
    text: 'Bearer authentication failed: missing scope orders:write',
  },
  {
    name: 'hyphenated names starting with sk-',
    text: 'task-runner-7f9c6d5b4-abcde reported disk-pressure; sk-worker-7d9f8c6b5-x2x7k evicted',
  },
  {
    name: 'boolean and date fields next to secret words',
    text: 'password_set=false password_expires_at=2024-06-01 auth_enabled=true mfa=totp',
  },
  {
    name: 'image digest and SSH remote',
    text: 'pulled ghcr.io/acme/api@sha256:4f1c2a9e8b7d4c3e9a1f2b6d8e0c4a7f5f1c2a9e8b7d4c3e9a1f2b6d8e0c4a7f from git@github.com:acme/api.git',
  },
  {
    name: 'values that are already masked or empty',
    text: `password= api_key="" secret=null token=**** client_secret=[FILTERED] db_password=\${DB_PASSWORD}`,
  },
  {
    name: 'working directory in an environment dump',
    text: 'PWD=/srv/app OLDPWD=/root SHELL=/bin/sh',
  },
];
