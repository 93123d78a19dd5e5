import { ALPHABETS, syntheticSecret } from './synthetic-secret.js';

/** Where a corpus line comes from; every format the redactor meets in practice appears at least once. */
export type CorpusFormat =
  | 'json-log'
  | 'logfmt'
  | 'java-log'
  | 'nginx-access-log'
  | 'python-traceback'
  | 'kubernetes-event'
  | 'git-commit-message'
  | 'cloudtrail'
  | 'alert-annotation'
  | 'ci-log'
  | 'http-debug-log';

/** One realistic text carrying one or more made-up secrets. */
export interface SecretCorpusEntry {
  /** What the entry shows, for test names. */
  readonly name: string;
  /** The kind of source the text imitates. */
  readonly format: CorpusFormat;
  /** The text as it would arrive from a collector. */
  readonly text: string;
  /** Secret values that must not appear anywhere in the redacted text. */
  readonly secrets: readonly string[];
  /** Rule ids that must fire (others may fire too). */
  readonly ruleIds: readonly string[];
  /** Non-secret parts of the text that must survive redaction unchanged. */
  readonly survivors: readonly string[];
}

const { base64, base64Url, digits, lowerHex, upperAlphanumeric } = ALPHABETS;

/** A human-chosen-looking password: mixed case, digits and a symbol, no separators. */
function password(seed: string): string {
  return `${syntheticSecret(seed, 6)}!${syntheticSecret(`${seed}/tail`, 8)}7`;
}

/** A PEM block with a made-up base64 body of `lineCount` 64-character lines. */
function pemBlock(seed: string, label: string, lineCount: number, newline: string): string {
  const lines = Array.from({ length: lineCount }, (_, index) =>
    syntheticSecret(`${seed}/${index}`, 64, base64),
  );
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(newline);
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const jwtHeader = base64UrlJson({ alg: 'RS256', typ: 'JWT', kid: 'k-2024-05' });
const jwtPayload = base64UrlJson({ sub: 'user-48213', aud: 'checkout', iat: 1714564800, exp: 1714568400 });
const jwtSignature = syntheticSecret('jwt/signature', 342, base64Url);
const jsonWebToken = `${jwtHeader}.${jwtPayload}.${jwtSignature}`;

const asiaKeyId = `ASIA${syntheticSecret('cloudtrail/asia', 16, upperAlphanumeric)}`;
const stsSessionToken = `IQoJb3JpZ2luX2VjE${syntheticSecret('cloudtrail/session', 280, base64)}`;
const akiaKeyId = `AKIA${syntheticSecret('java/akia', 16, upperAlphanumeric)}`;
const envKeyId = `AKIA${syntheticSecret('env/akia', 16, upperAlphanumeric)}`;
const envSecretKey = syntheticSecret('env/secret', 40, base64);
const commitSecretKey = syntheticSecret('commit/secret', 40, base64);
const createdKeyId = `AKIA${syntheticSecret('cloudtrail/created', 16, upperAlphanumeric)}`;
const createdSecretKey = syntheticSecret('cloudtrail/created-secret', 40, base64);
const gcpApiKey = `AIza${syntheticSecret('nginx/gcp', 35, base64Url)}`;
const googleAccessToken = `ya29.a0${syntheticSecret('python/ya29', 160, base64Url)}`;
const commitGithubToken = `ghp_${syntheticSecret('commit/ghp', 36)}`;
const fineGrainedToken = `github_pat_11A${syntheticSecret('json/pat', 19)}_${syntheticSecret('json/pat-2', 59)}`;
const actionsToken = `ghs_${syntheticSecret('ci/ghs', 36)}`;
const gitlabToken = `glpat-${syntheticSecret('ci/glpat', 20, base64Url)}`;
const commitGitlabToken = `glpat-${syntheticSecret('commit/glpat', 20, base64Url)}`;
const slackBotToken = `xoxb-${syntheticSecret('json/xoxb-1', 12, digits)}-${syntheticSecret('json/xoxb-2', 13, digits)}-${syntheticSecret('json/xoxb-3', 24)}`;
const slackAppToken = `xapp-1-A${syntheticSecret('alert/xapp-1', 10, upperAlphanumeric)}-${syntheticSecret('alert/xapp-2', 13, digits)}-${syntheticSecret('alert/xapp-3', 64, lowerHex)}`;
const slackWebhookPath = `T${syntheticSecret('alert/hook-t', 8, upperAlphanumeric)}/B${syntheticSecret('alert/hook-b', 10, upperAlphanumeric)}/${syntheticSecret('alert/hook-secret', 24)}`;
const stripeLiveKey = `sk_live_51${syntheticSecret('python/stripe', 97)}`;
const stripeRestrictedKey = `rk_live_51${syntheticSecret('logfmt/stripe', 97)}`;
const openAiProjectKey = `sk-proj-${syntheticSecret('python/openai', 156, base64Url)}`;
const openAiLegacyKey = `sk-${syntheticSecret('env/openai-1', 20)}T3BlbkFJ${syntheticSecret('env/openai-2', 20)}`;
const anthropicKey = `sk-ant-api03-${syntheticSecret('json/anthropic', 93, base64Url)}AA`;
const npmToken = `npm_${syntheticSecret('ci/npm', 36)}`;
const sendgridKey = `SG.${syntheticSecret('java/sg-1', 22, base64Url)}.${syntheticSecret('java/sg-2', 43, base64Url)}`;
const storageAccountKey = `${syntheticSecret('k8s/account-key', 86, base64)}==`;
const serviceBusKey = `${syntheticSecret('java/bus-key', 43, base64)}=`;
const sasSignature = encodeURIComponent(`${syntheticSecret('logfmt/sas', 43, base64)}=`);
const headerBearer = `${syntheticSecret('http/bearer', 43, base64Url)}4`;
const proseBearer = `at_${syntheticSecret('java/bearer', 38, base64Url)}9`;
const basicPassword = password('curl/basic');
const basicCredential = Buffer.from(`deploy-bot:${basicPassword}`).toString('base64');
const apiTokenHex = syntheticSecret('json/token-hex', 40, lowerHex);
const proxyCredential = Buffer.from(`egress:${password('java/proxy')}`).toString('base64');
const postgresPassword = password('python/postgres');
const mysqlPassword = password('k8s/mysql');
const mongoPassword = password('json/mongo');
const redisPassword = syntheticSecret('logfmt/redis', 32);
const amqpPassword = password('java/amqp');
const logfmtPassword = password('logfmt/password');
const passphraseWords = `${syntheticSecret('json/phrase-1', 7, 'abcdefghijklmnopqrstuvwxyz')} ${syntheticSecret('json/phrase-2', 9, 'abcdefghijklmnopqrstuvwxyz')} ${syntheticSecret('json/phrase-3', 6, 'abcdefghijklmnopqrstuvwxyz')} 42`;
const clientSecret = syntheticSecret('commit/client-secret', 40, base64Url);
const pythonDictPassword = password('python/dict');
const javaToStringPassword = password('java/to-string');
const jdbcPassword = password('java/jdbc');
const nginxApiKey = syntheticSecret('nginx/api-key', 32, lowerHex);
const headerApiKey = syntheticSecret('http/x-api-key', 40);
const migratePassword = password('k8s/migrate');
const escapedJsonPassword = password('json/escaped');
const probeToken = syntheticSecret('alert/probe-token', 32);
const cookieToken = syntheticSecret('nginx/cookie', 48, base64Url);
const gpgPassphrase = `${syntheticSecret('ci/gpg-1', 8)} ${syntheticSecret('ci/gpg-2', 8)}`;
const dockerAuth = Buffer.from(`robot$ci:${syntheticSecret('k8s/docker', 32)}`).toString('base64');
const djangoSecretKey = syntheticSecret('python/django', 50, base64Url);
const rsaKey = pemBlock('python/rsa', 'RSA PRIVATE KEY', 6, '\n');
const pkcs8KeyEscaped = pemBlock('alert/pkcs8', 'PRIVATE KEY', 5, '\\n');
const opensshBody = Array.from({ length: 3 }, (_, index) =>
  syntheticSecret(`ci/openssh/${index}`, 70, base64),
);

/**
 * Realistic log lines, events, commit messages and annotations with made-up secrets embedded, each with the
 * rule expected to catch it and the surrounding text that must survive.
 */
export const SECRET_CORPUS: readonly SecretCorpusEntry[] = [
  {
    name: 'STS credentials in a CloudTrail AssumeRole response',
    format: 'cloudtrail',
    text: `{"eventVersion":"1.09","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"eu-west-1","requestParameters":{"roleArn":"arn:aws:iam::123456789012:role/deployer","roleSessionName":"gha-deploy-8812"},"responseElements":{"credentials":{"accessKeyId":"${asiaKeyId}","sessionToken":"${stsSessionToken}","expiration":"May 1, 2024, 1:00:00 PM"}}}`,
    secrets: [asiaKeyId, stsSessionToken],
    ruleIds: ['aws-access-key-id', 'secret-assignment'],
    survivors: [
      '"eventName":"AssumeRole"',
      'arn:aws:iam::123456789012:role/deployer',
      '"expiration":"May 1, 2024',
    ],
  },
  {
    name: 'access key id in a Java S3 error',
    format: 'java-log',
    text: `2024-05-01 12:00:01.123 ERROR 1 --- [pool-3-thread-7] c.a.s3.InvoiceUploader : Access Denied for access key ${akiaKeyId} on bucket invoices-prod (Service: S3, Status Code: 403)`,
    secrets: [akiaKeyId],
    ruleIds: ['aws-access-key-id'],
    survivors: ['c.a.s3.InvoiceUploader', 'on bucket invoices-prod', 'Status Code: 403'],
  },
  {
    name: 'AWS key pair in an environment dump',
    format: 'logfmt',
    text: `level=debug msg="effective environment" AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=${envKeyId} AWS_SECRET_ACCESS_KEY=${envSecretKey} HOME=/home/app`,
    secrets: [envKeyId, envSecretKey],
    ruleIds: ['aws-access-key-id', 'aws-secret-access-key'],
    survivors: [
      'msg="effective environment"',
      'AWS_REGION=eu-west-1',
      'AWS_SECRET_ACCESS_KEY=',
      'HOME=/home/app',
    ],
  },
  {
    name: 'AWS secret key in a reverted commit',
    format: 'git-commit-message',
    text: `Revert "ci: add S3 credentials for artifact upload"\n\nThis reverts commit 6f3c2a1b9d8e7f60a1b2c3d4e5f60718293a4b5c.\nThe following was committed by mistake:\n\n    aws_secret_access_key = ${commitSecretKey}\n\nThe key has been rotated.`,
    secrets: [commitSecretKey],
    ruleIds: ['aws-secret-access-key'],
    survivors: [
      'This reverts commit 6f3c2a1b9d8e7f60a1b2c3d4e5f60718293a4b5c.',
      'aws_secret_access_key = ',
      'The key has been rotated.',
    ],
  },
  {
    name: 'new key pair in a CloudTrail CreateAccessKey response',
    format: 'cloudtrail',
    text: `{"eventName":"CreateAccessKey","userIdentity":{"type":"IAMUser","principalId":"AIDAZ4QX2EXAMPLE7YH3K","userName":"ci-bot"},"responseElements":{"accessKey":{"userName":"ci-bot","accessKeyId":"${createdKeyId}","status":"Active","SecretAccessKey":"${createdSecretKey}","createDate":"May 1, 2024, 12:00:00 PM"}}}`,
    secrets: [createdKeyId, createdSecretKey],
    ruleIds: ['aws-access-key-id', 'aws-secret-access-key'],
    survivors: [
      '"principalId":"AIDAZ4QX2EXAMPLE7YH3K"',
      '"userName":"ci-bot"',
      '"status":"Active"',
      '"SecretAccessKey":"',
    ],
  },
  {
    name: 'GCP API key in an nginx access log query',
    format: 'nginx-access-log',
    text: `10.0.3.17 - - [01/May/2024:12:00:01 +0000] "GET /maps/api/geocode/json?address=Alexanderplatz+Berlin&key=${gcpApiKey} HTTP/1.1" 200 1843 "-" "okhttp/4.12.0"`,
    secrets: [gcpApiKey],
    ruleIds: ['gcp-api-key'],
    survivors: [
      'GET /maps/api/geocode/json?address=Alexanderplatz+Berlin&key=',
      'HTTP/1.1" 200 1843',
      'okhttp/4.12.0',
    ],
  },
  {
    name: 'Google access token in a Python traceback',
    format: 'python-traceback',
    text: `Traceback (most recent call last):\n  File "/app/sync/drive.py", line 88, in list_files\n    response.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://www.googleapis.com/drive/v3/files?pageSize=100&access_token=${googleAccessToken}`,
    secrets: [googleAccessToken],
    ruleIds: ['google-oauth-access-token'],
    survivors: [
      'File "/app/sync/drive.py", line 88, in list_files',
      '401 Client Error: Unauthorized',
      'https://www.googleapis.com/drive/v3/files?pageSize=100',
    ],
  },
  {
    name: 'GitHub personal token in a commit message',
    format: 'git-commit-message',
    text: `chore(ci): rotate the release token\n\nThe previous token ${commitGithubToken} was printed by the\nrelease workflow on 2024-04-30 and has been revoked.\n\nRefs: OPS-1182`,
    secrets: [commitGithubToken],
    ruleIds: ['github-token'],
    survivors: ['chore(ci): rotate the release token', 'was printed by the', 'Refs: OPS-1182'],
  },
  {
    name: 'fine-grained GitHub token in a clone URL in a JSON log',
    format: 'json-log',
    text: `{"level":"error","time":"2024-05-01T12:00:01Z","service":"release-bot","msg":"clone failed","repo":"acme/payments","remote":"https://x-access-token:${fineGrainedToken}@github.com/acme/payments.git","exit_code":128}`,
    secrets: [fineGrainedToken],
    ruleIds: ['github-token'],
    survivors: [
      '"service":"release-bot"',
      '"msg":"clone failed"',
      'https://x-access-token:',
      '@github.com/acme/payments.git',
      '"exit_code":128',
    ],
  },
  {
    name: 'GitHub Actions installation token echoed in a CI log',
    format: 'ci-log',
    text: `2024-05-01T12:00:01.5512345Z ##[debug]Evaluating: secrets.GITHUB_TOKEN\n2024-05-01T12:00:01.5523456Z ##[debug]Result: '${actionsToken}'`,
    secrets: [actionsToken],
    ruleIds: ['github-token'],
    survivors: ['##[debug]Evaluating: secrets.GITHUB_TOKEN', "##[debug]Result: '"],
  },
  {
    name: 'GitLab token in a CI clone command',
    format: 'ci-log',
    text: `$ git clone https://oauth2:${gitlabToken}@gitlab.example.com/platform/deploy-scripts.git\nCloning into 'deploy-scripts'...`,
    secrets: [gitlabToken],
    ruleIds: ['gitlab-token'],
    survivors: [
      '$ git clone https://oauth2:',
      '@gitlab.example.com/platform/deploy-scripts.git',
      "Cloning into 'deploy-scripts'...",
    ],
  },
  {
    name: 'GitLab token in a commit message',
    format: 'git-commit-message',
    text: `fix(renovate): read the token from CI variables\n\nRemoves the hard-coded ${commitGitlabToken} from renovate.json.`,
    secrets: [commitGitlabToken],
    ruleIds: ['gitlab-token'],
    survivors: ['fix(renovate): read the token from CI variables', 'from renovate.json.'],
  },
  {
    name: 'Slack bot token in a JSON config dump',
    format: 'json-log',
    text: `{"level":"info","service":"alert-router","msg":"loaded config","config":{"channel":"#payments-oncall","slack_bot_token":"${slackBotToken}","dedupe_window":"5m"}}`,
    secrets: [slackBotToken],
    ruleIds: ['slack-token'],
    survivors: ['"service":"alert-router"', '"channel":"#payments-oncall"', '"dedupe_window":"5m"'],
  },
  {
    name: 'Slack webhook URL in an alert annotation',
    format: 'alert-annotation',
    text: `summary: Checkout error rate above 5% for 10m\nrunbook_url: https://runbooks.example.com/checkout/error-rate\nnotify: https://hooks.slack.com/services/${slackWebhookPath}`,
    secrets: [slackWebhookPath, slackWebhookPath.split('/')[2] as string],
    ruleIds: ['slack-webhook-url'],
    survivors: [
      'Checkout error rate above 5% for 10m',
      'https://runbooks.example.com/checkout/error-rate',
      'https://hooks.slack.com/services/',
    ],
  },
  {
    name: 'Slack app token in an alert annotation',
    format: 'alert-annotation',
    text: `description: Socket Mode connection for incident-bot dropped; reconnecting with ${slackAppToken} failed 3 times`,
    secrets: [slackAppToken],
    ruleIds: ['slack-token'],
    survivors: ['Socket Mode connection for incident-bot dropped', 'failed 3 times'],
  },
  {
    name: 'Stripe live key in a Python traceback',
    format: 'python-traceback',
    text: `Traceback (most recent call last):\n  File "/srv/billing/charges.py", line 41, in create_charge\n    return stripe.PaymentIntent.create(amount=amount, currency="eur")\nstripe._error.AuthenticationError: Invalid API Key provided: ${stripeLiveKey}`,
    secrets: [stripeLiveKey],
    ruleIds: ['stripe-api-key'],
    survivors: [
      'File "/srv/billing/charges.py", line 41, in create_charge',
      'stripe._error.AuthenticationError: Invalid API Key provided: ',
    ],
  },
  {
    name: 'Stripe restricted key in logfmt',
    format: 'logfmt',
    text: `time=2024-05-01T12:00:01Z level=info component=refunds msg="using restricted key" key=${stripeRestrictedKey} mode=live`,
    secrets: [stripeRestrictedKey],
    ruleIds: ['stripe-api-key'],
    survivors: ['component=refunds', 'msg="using restricted key"', 'mode=live'],
  },
  {
    name: 'OpenAI project key in a Python traceback',
    format: 'python-traceback',
    text: `Traceback (most recent call last):\n  File "/app/summarise.py", line 23, in <module>\n    completion = client.chat.completions.create(model="gpt-4o", messages=messages)\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${openAiProjectKey}.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`,
    secrets: [openAiProjectKey],
    ruleIds: ['openai-api-key'],
    survivors: [
      'File "/app/summarise.py", line 23',
      'openai.AuthenticationError: Error code: 401',
      "'code': 'invalid_api_key'",
    ],
  },
  {
    name: 'legacy OpenAI key in a shell export echoed by CI',
    format: 'ci-log',
    text: `+ export OPENAI_KEY=${openAiLegacyKey}\n+ python -m evals.run --suite nightly`,
    secrets: [openAiLegacyKey],
    ruleIds: ['openai-api-key'],
    survivors: ['+ export OPENAI_KEY=', '+ python -m evals.run --suite nightly'],
  },
  {
    name: 'Anthropic key in a JSON request header dump',
    format: 'json-log',
    text: `{"level":"debug","service":"triage-worker","msg":"outgoing request","method":"POST","url":"https://api.anthropic.com/v1/messages","headers":{"content-type":"application/json","x-api-key":"${anthropicKey}","anthropic-version":"2023-06-01"}}`,
    secrets: [anthropicKey],
    ruleIds: ['anthropic-api-key'],
    survivors: [
      '"url":"https://api.anthropic.com/v1/messages"',
      '"x-api-key":"',
      '"anthropic-version":"2023-06-01"',
    ],
  },
  {
    name: 'npm token written to .npmrc in a CI log',
    format: 'ci-log',
    text: `Run echo "//registry.npmjs.org/:_authToken=${npmToken}" >> ~/.npmrc\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest`,
    secrets: [npmToken],
    ruleIds: ['npm-token'],
    survivors: [
      '//registry.npmjs.org/:_authToken=',
      'npm notice Publishing to https://registry.npmjs.org/ with tag latest',
    ],
  },
  {
    name: 'SendGrid key in a Java mail error',
    format: 'java-log',
    text: `2024-05-01 12:00:01,552 WARN  [mail-sender-2] com.acme.notify.MailClient - send failed (401 Unauthorized) for template welcome-v3 using ${sendgridKey}`,
    secrets: [sendgridKey],
    ruleIds: ['sendgrid-api-key'],
    survivors: [
      'com.acme.notify.MailClient',
      'send failed (401 Unauthorized) for template welcome-v3 using ',
    ],
  },
  {
    name: 'Azure storage connection string in a Kubernetes event',
    format: 'kubernetes-event',
    text: `Warning  Failed  pod/log-shipper-6b8f9d7c5-m4k2p  Error: failed to create blob client from "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=${storageAccountKey};EndpointSuffix=core.windows.net": authorization failure`,
    secrets: [storageAccountKey, storageAccountKey.slice(0, 40)],
    ruleIds: ['azure-connection-string-key'],
    survivors: [
      'pod/log-shipper-6b8f9d7c5-m4k2p',
      'AccountName=acmelogs;AccountKey=',
      ';EndpointSuffix=core.windows.net',
      'authorization failure',
    ],
  },
  {
    name: 'Service Bus connection string in a Java log',
    format: 'java-log',
    text: `2024-05-01T12:00:01.004Z INFO  [main] c.a.orders.BusConfig - connecting with Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${serviceBusKey};EntityPath=orders`,
    secrets: [serviceBusKey],
    ruleIds: ['azure-connection-string-key'],
    survivors: [
      'Endpoint=sb://acme-orders.servicebus.windows.net/',
      'SharedAccessKeyName=RootManageSharedAccessKey',
      ';EntityPath=orders',
    ],
  },
  {
    name: 'SAS signature in a logfmt upload line',
    format: 'logfmt',
    text: `level=info msg="uploading export" url="https://acmelogs.blob.core.windows.net/exports/2024-05-01.csv?sv=2022-11-02&ss=b&srt=o&sp=rw&se=2024-06-01T00:00:00Z&spr=https&sig=${sasSignature}" bytes=88123`,
    secrets: [sasSignature],
    ruleIds: ['azure-sas-signature'],
    survivors: [
      'https://acmelogs.blob.core.windows.net/exports/2024-05-01.csv?sv=2022-11-02',
      '&sp=rw&',
      'bytes=88123',
    ],
  },
  {
    name: 'JWT in a Java security log',
    format: 'java-log',
    text: `2024-05-01 12:00:01.877  WARN 1 --- [nio-8080-exec-4] c.a.gateway.JwtFilter : rejected expired token ${jsonWebToken} for path /api/v2/carts`,
    secrets: [jsonWebToken, jwtSignature],
    ruleIds: ['json-web-token'],
    survivors: ['c.a.gateway.JwtFilter', 'rejected expired token ', 'for path /api/v2/carts'],
  },
  {
    name: 'opaque bearer token in an HTTP client wire log',
    format: 'http-debug-log',
    text: `DEBUG org.apache.http.headers - http-outgoing-3 >> Authorization: Bearer ${headerBearer}\nDEBUG org.apache.http.headers - http-outgoing-3 >> Accept: application/json`,
    secrets: [headerBearer],
    ruleIds: ['authorization-header'],
    survivors: ['http-outgoing-3 >> Authorization: Bearer ', 'http-outgoing-3 >> Accept: application/json'],
  },
  {
    name: 'basic credentials in curl verbose output',
    format: 'http-debug-log',
    text: `> GET /v1/deployments HTTP/1.1\n> Host: deploy.internal.example.com\n> Authorization: Basic ${basicCredential}\n> User-Agent: curl/8.5.0`,
    secrets: [basicCredential],
    ruleIds: ['authorization-header'],
    survivors: ['> Host: deploy.internal.example.com', '> Authorization: Basic ', '> User-Agent: curl/8.5.0'],
  },
  {
    name: 'token scheme in a JSON header map',
    format: 'json-log',
    text: `{"level":"warn","service":"registry-sync","msg":"upstream rejected credentials","status":401,"request_headers":{"authorization":"Token ${apiTokenHex}","user-agent":"registry-sync/2.4"}}`,
    secrets: [apiTokenHex],
    ruleIds: ['authorization-header'],
    survivors: [
      '"msg":"upstream rejected credentials"',
      '"authorization":"Token ',
      '"user-agent":"registry-sync/2.4"',
    ],
  },
  {
    name: 'proxy credentials in a Java wire log',
    format: 'http-debug-log',
    text: `DEBUG o.a.h.impl.conn.Wire - http-outgoing-9 >> "Proxy-Authorization: Basic ${proxyCredential}[\\r][\\n]"`,
    secrets: [proxyCredential],
    ruleIds: ['authorization-header'],
    survivors: ['http-outgoing-9 >> "Proxy-Authorization: Basic '],
  },
  {
    name: 'bearer token in a plain message',
    format: 'java-log',
    text: `2024-05-01 12:00:02.001 INFO  [scheduler-1] c.a.sync.PartnerClient - token refreshed, retrying batch 17 with Bearer ${proseBearer}`,
    secrets: [proseBearer],
    ruleIds: ['bearer-token'],
    survivors: ['c.a.sync.PartnerClient - token refreshed, retrying batch 17 with Bearer '],
  },
  {
    name: 'PostgreSQL URL in a SQLAlchemy traceback',
    format: 'python-traceback',
    text: `Traceback (most recent call last):\n  File "/app/db.py", line 12, in connect\n    engine = create_engine(url)\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to postgresql://orders_app:${postgresPassword}@orders-db.internal:5432/orders: timeout expired`,
    secrets: [postgresPassword],
    ruleIds: ['url-credentials'],
    survivors: [
      'File "/app/db.py", line 12, in connect',
      'postgresql://orders_app:',
      '@orders-db.internal:5432/orders: timeout expired',
    ],
  },
  {
    name: 'MySQL URL in a Kubernetes event',
    format: 'kubernetes-event',
    text: `Warning  BackOff  pod/migrate-28573920-7xk2q  Back-off restarting failed container migrate (last error: dial DATABASE_URL=mysql://root:${mysqlPassword}@mysql-0.mysql.data.svc:3306/app: i/o timeout)`,
    secrets: [mysqlPassword],
    ruleIds: ['url-credentials'],
    survivors: [
      'pod/migrate-28573920-7xk2q',
      'Back-off restarting failed container migrate',
      'mysql://root:',
      '@mysql-0.mysql.data.svc:3306/app: i/o timeout',
    ],
  },
  {
    name: 'MongoDB SRV URL in a JSON log',
    format: 'json-log',
    text: `{"t":{"$date":"2024-05-01T12:00:01.000Z"},"s":"E","c":"NETWORK","msg":"server selection timed out","attr":{"uri":"mongodb+srv://catalog-svc:${mongoPassword}@cluster0.x7k2q.mongodb.net/catalog?retryWrites=true&w=majority"}}`,
    secrets: [mongoPassword],
    ruleIds: ['url-credentials'],
    survivors: [
      '"msg":"server selection timed out"',
      'mongodb+srv://catalog-svc:',
      '@cluster0.x7k2q.mongodb.net/catalog?retryWrites=true&w=majority',
    ],
  },
  {
    name: 'Redis URL with an empty user in logfmt',
    format: 'logfmt',
    text: `ts=2024-05-01T12:00:01Z level=error caller=cache.go:57 msg="dial failed" addr=redis://:${redisPassword}@cache-redis-master.cache.svc:6379/0 err="connection refused"`,
    secrets: [redisPassword],
    ruleIds: ['url-credentials'],
    survivors: [
      'caller=cache.go:57',
      'addr=redis://:',
      '@cache-redis-master.cache.svc:6379/0',
      'err="connection refused"',
    ],
  },
  {
    name: 'AMQP URL in a Java log',
    format: 'java-log',
    text: `2024-05-01 12:00:01.300 ERROR [main] o.s.a.r.c.CachingConnectionFactory - Could not connect to amqp://billing:${amqpPassword}@rabbitmq.messaging.svc:5672/%2F: Connection refused`,
    secrets: [amqpPassword],
    ruleIds: ['url-credentials'],
    survivors: [
      'o.s.a.r.c.CachingConnectionFactory',
      'amqp://billing:',
      '@rabbitmq.messaging.svc:5672/%2F: Connection refused',
    ],
  },
  {
    name: 'password field in logfmt',
    format: 'logfmt',
    text: `time=2024-05-01T12:00:01Z level=warn msg="login failed" user=bob password=${logfmtPassword} attempts=3 ip=203.0.113.7`,
    secrets: [logfmtPassword],
    ruleIds: ['secret-assignment'],
    survivors: ['msg="login failed"', 'user=bob password=', 'attempts=3 ip=203.0.113.7'],
  },
  {
    name: 'quoted passphrase with spaces in a JSON log',
    format: 'json-log',
    text: `{"level":"debug","service":"vault-agent","msg":"unsealing","key_file":"/etc/keys/unseal.key","passphrase": "${passphraseWords}","attempt":1}`,
    secrets: [passphraseWords],
    ruleIds: ['secret-assignment'],
    survivors: [
      '"service":"vault-agent"',
      '"key_file":"/etc/keys/unseal.key"',
      '"passphrase": "',
      '"attempt":1',
    ],
  },
  {
    name: 'OAuth client secret in a YAML snippet in a commit message',
    format: 'git-commit-message',
    text: `feat(auth): configure SSO\n\n    oauth:\n      client_id: payments-web\n      client_secret: ${clientSecret}\n      redirect_uri: https://pay.example.com/callback`,
    secrets: [clientSecret],
    ruleIds: ['secret-assignment'],
    survivors: [
      'feat(auth): configure SSO',
      'client_id: payments-web',
      'client_secret: ',
      'redirect_uri: https://pay.example.com/callback',
    ],
  },
  {
    name: 'password in a Python dict repr inside a traceback',
    format: 'python-traceback',
    text: `Traceback (most recent call last):\n  File "/app/report.py", line 77, in run\n    conn = connect(**settings)\nTypeError: connect() got an unexpected keyword argument 'sslmode' (settings={'username': 'svc-reporting', 'password': '${pythonDictPassword}', 'host': 'reports-db', 'sslmode': 'require'})`,
    secrets: [pythonDictPassword],
    ruleIds: ['secret-assignment'],
    survivors: [
      "'username': 'svc-reporting'",
      "'password': '",
      "'host': 'reports-db'",
      "'sslmode': 'require'",
    ],
  },
  {
    name: 'password in a Java toString',
    format: 'java-log',
    text: `2024-05-01 12:00:00.511 INFO  [main] c.a.config.StartupReport - datasource=DataSourceProperties{url=jdbc:postgresql://db:5432/app, username=app, password=${javaToStringPassword}}`,
    secrets: [javaToStringPassword],
    ruleIds: ['secret-assignment'],
    survivors: ['c.a.config.StartupReport', 'url=jdbc:postgresql://db:5432/app, username=app, password='],
  },
  {
    name: 'password in a JDBC query string',
    format: 'java-log',
    text: `2024-05-01 12:00:00.700 WARN  [main] c.z.hikari.HikariConfig - jdbcUrl=jdbc:postgresql://ledger-db:5432/ledger?user=ledger&password=${jdbcPassword}&ssl=true&sslmode=verify-full`,
    secrets: [jdbcPassword],
    ruleIds: ['secret-assignment'],
    survivors: [
      'jdbc:postgresql://ledger-db:5432/ledger?user=ledger&password=',
      '&ssl=true&sslmode=verify-full',
    ],
  },
  {
    name: 'api_key query parameter in an nginx access log',
    format: 'nginx-access-log',
    text: `198.51.100.23 - - [01/May/2024:12:00:01 +0000] "GET /v1/forecast?city=Berlin&api_key=${nginxApiKey}&units=metric HTTP/1.1" 200 512 "-" "python-requests/2.31.0" rt=0.042`,
    secrets: [nginxApiKey],
    ruleIds: ['secret-assignment'],
    survivors: ['GET /v1/forecast?city=Berlin&api_key=', '&units=metric HTTP/1.1" 200 512', 'rt=0.042'],
  },
  {
    name: 'X-Api-Key header in an HTTP debug log',
    format: 'http-debug-log',
    text: `> POST /v2/events HTTP/2\n> Host: ingest.example.com\n> X-Api-Key: ${headerApiKey}\n> Content-Type: application/json`,
    secrets: [headerApiKey],
    ruleIds: ['secret-assignment'],
    survivors: ['> Host: ingest.example.com', '> X-Api-Key: ', '> Content-Type: application/json'],
  },
  {
    name: 'password flag in a Kubernetes event',
    format: 'kubernetes-event',
    text: `Normal  Started  pod/schema-migrate-5f7d8c9b6-q2w3e  Started container migrate with args [--database-host=pg.data.svc --database-password=${migratePassword} --dry-run=false]`,
    secrets: [migratePassword],
    ruleIds: ['secret-assignment'],
    survivors: [
      'pod/schema-migrate-5f7d8c9b6-q2w3e',
      '--database-host=pg.data.svc',
      '--database-password=',
      '--dry-run=false]',
    ],
  },
  {
    name: 'password in JSON embedded in a JSON log string',
    format: 'json-log',
    text: `{"level":"info","service":"signup","msg":"request body","body":"{\\"email\\":\\"bob@example.com\\",\\"password\\":\\"${escapedJsonPassword}\\",\\"plan\\":\\"pro\\"}"}`,
    secrets: [escapedJsonPassword],
    ruleIds: ['secret-assignment'],
    survivors: [
      '"service":"signup"',
      '\\"email\\":\\"bob@example.com\\"',
      '\\"password\\":\\"',
      '\\"plan\\":\\"pro\\"',
    ],
  },
  {
    name: 'token query parameter in an alert annotation',
    format: 'alert-annotation',
    text: `description: Blackbox probe https://status.example.com/check?region=eu&token=${probeToken} has failed for 15 minutes on 3 of 3 probes`,
    secrets: [probeToken],
    ruleIds: ['secret-assignment'],
    survivors: [
      'Blackbox probe https://status.example.com/check?region=eu&token=',
      'has failed for 15 minutes on 3 of 3 probes',
    ],
  },
  {
    name: 'auth cookie in a response header log',
    format: 'http-debug-log',
    text: `< HTTP/1.1 200 OK\n< Set-Cookie: auth_token=${cookieToken}; Path=/; HttpOnly; Secure; SameSite=Lax\n< Content-Length: 0`,
    secrets: [cookieToken],
    ruleIds: ['secret-assignment'],
    survivors: [
      '< Set-Cookie: auth_token=',
      '; Path=/; HttpOnly; Secure; SameSite=Lax',
      '< Content-Length: 0',
    ],
  },
  {
    name: 'single-quoted passphrase in a CI log',
    format: 'ci-log',
    text: `+ GPG_PASSPHRASE='${gpgPassphrase}' gpg --batch --pinentry-mode loopback --sign release.tar.gz`,
    secrets: [gpgPassphrase],
    ruleIds: ['secret-assignment'],
    survivors: ["+ GPG_PASSPHRASE='", "' gpg --batch --pinentry-mode loopback --sign release.tar.gz"],
  },
  {
    name: 'registry auth in a Kubernetes image pull event',
    format: 'kubernetes-event',
    text: `Warning  Failed  pod/api-6d5f7c8b9-z8x7c  Failed to pull image "ghcr.io/acme/api:2.3.1": invalid pull secret {"auths":{"ghcr.io":{"auth":"${dockerAuth}"}}}`,
    secrets: [dockerAuth],
    ruleIds: ['secret-assignment'],
    survivors: [
      'pod/api-6d5f7c8b9-z8x7c',
      'Failed to pull image "ghcr.io/acme/api:2.3.1"',
      '{"auths":{"ghcr.io":{"auth":"',
    ],
  },
  {
    name: 'Django secret key in a settings dump',
    format: 'python-traceback',
    text: `django.core.exceptions.ImproperlyConfigured: ALLOWED_HOSTS is empty while DEBUG=False (SECRET_KEY="${djangoSecretKey}", TIME_ZONE="UTC")`,
    secrets: [djangoSecretKey],
    ruleIds: ['secret-assignment'],
    survivors: ['ALLOWED_HOSTS is empty while DEBUG=False', 'SECRET_KEY="', 'TIME_ZONE="UTC"'],
  },
  {
    name: 'RSA private key printed in a Python log',
    format: 'python-traceback',
    text: `WARNING:deploy.keys:loaded signing key from env:\n${rsaKey}\nINFO:deploy.keys:signer ready`,
    secrets: [rsaKey, rsaKey.split('\n')[3] as string],
    ruleIds: ['pem-private-key'],
    survivors: ['WARNING:deploy.keys:loaded signing key from env:', 'INFO:deploy.keys:signer ready'],
  },
  {
    name: 'service account key with an escaped PEM in an alert annotation',
    format: 'alert-annotation',
    text: `description: exporter credentials rejected; mounted key was {"type": "service_account", "project_id": "acme-prod", "private_key": "${pkcs8KeyEscaped}\\n", "client_email": "exporter@acme-prod.iam.gserviceaccount.com"}`,
    secrets: [pkcs8KeyEscaped, pkcs8KeyEscaped.split('\\n')[2] as string],
    ruleIds: ['pem-private-key'],
    survivors: [
      '"project_id": "acme-prod"',
      '"private_key": "',
      '"client_email": "exporter@acme-prod.iam.gserviceaccount.com"',
    ],
  },
  {
    name: 'OpenSSH private key cut off by a line length limit',
    format: 'ci-log',
    text: `Run ssh-add - <<< "$DEPLOY_KEY"\n-----BEGIN OPENSSH PRIVATE KEY-----\n${opensshBody.join('\n')}`,
    secrets: opensshBody,
    ruleIds: ['pem-private-key'],
    survivors: ['Run ssh-add - <<< "$DEPLOY_KEY"'],
  },
];
