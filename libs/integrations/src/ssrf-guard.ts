import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** A webhook target the SSRF guard refuses; the message says which address and why. */
export class SsrfRefusedError extends Error {
  override readonly name = 'SsrfRefusedError';
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Keeps webhooks off the service's own network: a target must resolve only to
 * global unicast addresses (ipaddr.js's 'unicast' range; loopback, private,
 * link-local, unique-local, CGNAT, multicast, reserved, NAT64/6to4/Teredo and
 * the rest are refused), unless the allowlist (WEBHOOK_ALLOWED_HOSTS: host
 * names, addresses or CIDRs) admits it. Checked at registration and again at
 * each delivery, where the connection is pinned to the vetted address so DNS
 * cannot change between the check and the connect.
 */
export class SsrfGuard {
  private readonly hosts = new Set<string>();
  private readonly ranges: Cidr[] = [];

  constructor(allowed: readonly string[]) {
    for (const raw of allowed) {
      const entry = raw.trim().toLowerCase().replace(/\.$/, '');
      if (!entry) continue;
      if (entry.includes('/')) this.ranges.push(ipaddr.parseCIDR(entry));
      else if (ipaddr.isValid(entry)) {
        const a = ipaddr.process(entry);
        this.ranges.push([a, a.kind() === 'ipv4' ? 32 : 128]);
      } else this.hosts.add(entry);
    }
  }

  /** Null when `address` may be reached; otherwise why not. */
  refusal(address: string): string | null {
    if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
    const a = ipaddr.process(address);
    if (this.ranges.some(([net, bits]) => net.kind() === a.kind() && a.match([net, bits] as never))) return null;
    const range = a.range();
    return range === 'unicast' ? null : `${address} is a ${range} address`;
  }

  /** Resolves the URL's host and vets every address it resolves to; throws SsrfRefusedError. */
  async resolve(url: URL): Promise<ResolvedAddress[]> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SsrfRefusedError(`${url.protocol} URLs are not allowed`);
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
    let addresses: ResolvedAddress[];
    if (ipaddr.isValid(host)) {
      addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv4' ? 4 : 6 }];
    } else {
      try {
        addresses = (await lookup(host, { all: true, verbatim: true })).map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));
      } catch (err) {
        throw new SsrfRefusedError(`${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
    if (addresses.length === 0) throw new SsrfRefusedError(`${host} does not resolve`);
    if (this.hosts.has(host)) return addresses;
    // Every address must pass: a name that resolves to one public and one private address is refused.
    for (const a of addresses) {
      const why = this.refusal(a.address);
      if (why) throw new SsrfRefusedError(`${host}: ${why}; not allowed as a webhook target (see WEBHOOK_ALLOWED_HOSTS)`);
    }
    return addresses;
  }
}
