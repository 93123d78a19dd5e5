import { createHmac } from 'node:crypto';

/** `v1=<hex>` for `body` under `secret`, as PagerDuty signs a v3 webhook (checked against the known-answer vector). */
export function signWebhook(body: Buffer | string, secret: string): string {
  return `v1=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
