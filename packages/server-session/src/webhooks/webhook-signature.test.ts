import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from './webhook-signature.js';

const secret = 'whsec_test0123456789abcdefghijklmnop';
const payload = '{"id":"evt_1","object":"event"}';
const now = 1_796_000_000;

describe('webhook signatures', () => {
  it('verify the body that was signed, with the secret, within five minutes', () => {
    const header = signWebhookPayload(payload, secret, now);
    expect(header).toMatch(/^t=1796000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(payload, header, secret, { now: now + 299 })).toBeNull();
  });

  it('refuse a changed body, another secret, a stale timestamp and a header that is not one', () => {
    const header = signWebhookPayload(payload, secret, now);
    expect(verifyWebhookSignature(`${payload} `, header, secret, { now })).toBe('signature_mismatch');
    expect(verifyWebhookSignature(payload, header, `${secret}x`, { now })).toBe('signature_mismatch');
    expect(verifyWebhookSignature(payload, header, secret, { now: now + 301 })).toBe(
      'timestamp_out_of_tolerance',
    );
    expect(verifyWebhookSignature(payload, undefined, secret, { now })).toBe('malformed_header');
    expect(verifyWebhookSignature(payload, 't=abc,v1=00', secret, { now })).toBe('malformed_header');
  });

  it('accept any of several v1 signatures, as while a secret is replaced', () => {
    const signed = signWebhookPayload(payload, secret, now);
    const header = `t=${now},v1=${'0'.repeat(64)},${signed.split(',')[1]}`;
    expect(verifyWebhookSignature(payload, header, secret, { now })).toBeNull();
  });
});
