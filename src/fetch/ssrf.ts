/**
 * SSRF guard: a feed URL comes from a chat user, so before connecting we make
 * sure the host is a public internet address. Only http and https are
 * fetched; every resolved address of the host is checked (if any one of them
 * is non-public the host is refused, so a DNS answer mixing a public and a
 * private address cannot sneak through); the caller then connects to exactly
 * the address that was checked, so a second DNS answer cannot rebind it.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, isIPv4 } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to all its addresses. Injectable so tests need no real DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Why an address is not public, phrased to follow "a private network address (…)". */
export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** Decides whether one IP address may be connected to. Injectable for tests. */
export type AddressCheck = (address: string) => AddressVerdict;

const ALLOWED: AddressVerdict = { allowed: true };
const refuse = (reason: string): AddressVerdict => ({ allowed: false, reason });

/** IPv4 ranges that are not public, most specific first. Each row: first octets, prefix length, reason. */
const IPV4_RULES: ReadonlyArray<readonly [string, number, string]> = [
  ['255.255.255.255', 32, 'broadcast'],
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'RFC 1918 private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local, used by cloud metadata services'],
  ['172.16.0.0', 12, 'RFC 1918 private'],
  ['192.0.0.0', 24, 'reserved for protocol assignments'],
  ['192.0.2.0', 24, 'reserved for documentation'],
  ['192.168.0.0', 16, 'RFC 1918 private'],
  ['198.18.0.0', 15, 'reserved for benchmarking'],
  ['198.51.100.0', 24, 'reserved for documentation'],
  ['203.0.113.0', 24, 'reserved for documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function ipv4ToInt(address: string): number {
  return address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

function inIPv4Range(value: number, base: string, prefix: number): boolean {
  const size = 2 ** (32 - prefix);
  const start = ipv4ToInt(base);
  return value >= start && value < start + size;
}

function checkIPv4Int(value: number): AddressVerdict {
  for (const [base, prefix, reason] of IPV4_RULES) {
    if (inIPv4Range(value, base, prefix)) return refuse(reason);
  }
  return ALLOWED;
}

/** Parses a valid IPv6 literal (zone id allowed) into eight 16-bit groups. */
export function parseIPv6(input: string): number[] | null {
  let text = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(text) !== 6) return null;
  // An embedded dotted IPv4 tail (::ffff:10.0.0.5) becomes two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const n = ipv4ToInt(v4[1]);
    text = text.slice(0, -v4[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return groups.map((g) => parseInt(g, 16));
}

const embeddedV4 = (hi: number, lo: number): number => hi * 65536 + lo;

/**
 * IPv6 rules. Forms that carry an IPv4 address (IPv4-mapped ::ffff:a.b.c.d,
 * the deprecated IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4
 * 2002::/16) are judged by the IPv4 address they reach. Everything outside
 * 2000::/3 (global unicast) is refused; inside it, documentation and
 * discard ranges are refused too.
 */
function checkIPv6Groups(g: number[]): AddressVerdict {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0 && g6 === 0 && g7 === 0) return refuse('unspecified');
  if (firstFiveZero && g5 === 0 && g6 === 0 && g7 === 1) return refuse('loopback');
  if (firstFiveZero && (g5 === 0xffff || g5 === 0)) return checkIPv4Int(embeddedV4(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return checkIPv4Int(embeddedV4(g6, g7));
  }
  if (g0 === 0x2002) return checkIPv4Int(embeddedV4(g1, g2));
  if ((g0 & 0xff00) === 0xff00) return refuse('multicast');
  if ((g0 & 0xfe00) === 0xfc00) return refuse('unique local');
  if ((g0 & 0xffc0) === 0xfe80) return refuse('link-local');
  if ((g0 & 0xffc0) === 0xfec0) return refuse('site-local');
  if (g0 === 0x2001 && g1 === 0x0db8) return refuse('reserved for documentation');
  if ((g0 & 0xe000) !== 0x2000) return refuse('reserved');
  return ALLOWED;
}

/** The default address policy: only public unicast addresses are allowed. */
export const checkAddress: AddressCheck = (address) => {
  if (isIPv4(address)) return checkIPv4Int(ipv4ToInt(address));
  const groups = parseIPv6(address);
  if (groups) return checkIPv6Groups(groups);
  return refuse('not a valid IP address');
};

const PRIVATE_HINT = 'set ALLOW_PRIVATE_NETWORK_FEEDS=true to allow local feeds';

/**
 * A refusal's `message` is shown to whoever added the feed (a chat admin), so
 * it never says which address a name resolved to or which range it fell in:
 * that would let someone map the internal network through the bot. `detail`
 * holds both for the operator's log.
 */
export type GuardResult =
  | { ok: true; address: ResolvedAddress }
  | { ok: false; kind: 'blocked'; message: string; detail: string }
  | { ok: false; kind: 'dns'; message: string };

export interface GuardOptions {
  allowPrivateNetwork: boolean;
  resolve: Resolver;
  checkAddress: AddressCheck;
}

/** URL.hostname keeps the brackets of an IPv6 literal; strip them. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Only http and https; returns a refusal message or null. */
export function checkScheme(url: URL): string | null {
  if (url.protocol === 'http:' || url.protocol === 'https:') return null;
  return `refused: only http and https feeds can be fetched, not ${url.protocol.replace(/:$/, '')}`;
}

function refusal(host: string, address: string, literal: boolean): string {
  const subject = literal ? `${address} is` : `${host} points to`;
  return `refused: ${subject} a private or internal network address; ${PRIVATE_HINT}`;
}

/**
 * Resolves the host of `url` once and checks every address. On success the
 * caller must connect to the returned address and nothing else.
 */
export async function guardHost(url: URL, opts: GuardOptions): Promise<GuardResult> {
  const host = bareHostname(url);
  const literalFamily = isIP(host);
  let addresses: ResolvedAddress[];
  if (literalFamily === 4 || literalFamily === 6) {
    addresses = [{ address: host, family: literalFamily }];
  } else {
    try {
      addresses = await opts.resolve(host);
    } catch (error) {
      return { ok: false, kind: 'dns', message: dnsMessage(host, error) };
    }
  }
  const first = addresses[0];
  if (!first) return { ok: false, kind: 'dns', message: `could not resolve ${host} (no addresses)` };
  if (!opts.allowPrivateNetwork) {
    for (const candidate of addresses) {
      const verdict = opts.checkAddress(candidate.address);
      if (!verdict.allowed) {
        const message = refusal(host, candidate.address, literalFamily !== 0);
        const detail = `${host} → ${candidate.address} (${verdict.reason})`;
        return { ok: false, kind: 'blocked', message, detail };
      }
    }
  }
  return { ok: true, address: first };
}

function dnsMessage(host: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOTFOUND' || code === 'ENODATA') return `could not resolve ${host} (no such host)`;
  if (code === 'EAI_AGAIN') return `could not resolve ${host} (DNS lookup failed temporarily)`;
  const detail = error instanceof Error ? error.message : String(error);
  return `could not resolve ${host} (${detail})`;
}
