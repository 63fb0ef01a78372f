import { SsrfGuard, SsrfRefusedError } from './ssrf-guard';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('SsrfGuard', () => {
  const guard = new SsrfGuard([]);

  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['::', 'unspecified'],
  ])('refuses %s (%s)', (address, range) => {
    expect(guard.refusal(address)).toContain(range);
  });

  it('sees through IPv4-mapped IPv6 addresses', () => {
    expect(guard.refusal('::ffff:127.0.0.1')).toContain('loopback');
    expect(guard.refusal('::ffff:10.0.0.1')).toContain('private');
  });

  it('admits global unicast addresses', () => {
    expect(guard.refusal('93.184.216.34')).toBeNull();
    expect(guard.refusal('2606:2800:220:1:248:1893:25c8:1946')).toBeNull();
  });

  it('admits what the allowlist names: addresses, CIDRs, host names', async () => {
    const allow = new SsrfGuard(['127.0.0.1', '10.0.0.0/8', 'localhost', '::1']);
    expect(allow.refusal('127.0.0.1')).toBeNull();
    expect(allow.refusal('10.200.0.9')).toBeNull();
    expect(allow.refusal('::1')).toBeNull();
    expect(allow.refusal('127.0.0.2')).toContain('loopback');
    expect(allow.refusal('192.168.0.1')).toContain('private');
    await expect(allow.resolve(new URL('http://localhost:9/x'))).resolves.not.toHaveLength(0);
  });

  it('resolves names and refuses one that points inside, and non-http schemes', async () => {
    await expect(guard.resolve(new URL('http://localhost:8080/hook'))).rejects.toBeInstanceOf(SsrfRefusedError);
    await expect(guard.resolve(new URL('http://[::1]:8080/hook'))).rejects.toThrow(/loopback/);
    await expect(guard.resolve(new URL('http://127.1/hook'))).rejects.toThrow(/loopback/);
    await expect(guard.resolve(new URL('ftp://example.org/'))).rejects.toThrow(/not allowed/);
  });
});

describe('webhook signature', () => {
  it('is sha256=<hex HMAC over "<timestamp>.<body>">, verified in constant time with a replay window', () => {
    const sig = signWebhook('whsec_test', 1_700_000_000, '{"a":1}');
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('whsec_test', sig, 1_700_000_000, '{"a":1}', 300, 1_700_000_100_000)).toBe(true);
    expect(verifyWebhookSignature('whsec_test', sig, 1_700_000_000, '{"a":2}', 300, 1_700_000_100_000)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', sig, 1_700_000_000, '{"a":1}', 300, 1_700_000_100_000)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', sig, 1_700_000_000, '{"a":1}', 300, 1_700_001_000_000)).toBe(false);
  });
});
