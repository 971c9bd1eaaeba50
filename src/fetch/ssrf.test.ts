import { describe, expect, it } from 'vitest';
import { checkAddress, checkScheme, guardHost, parseIPv6 } from './ssrf.js';
import { fakeResolver } from './test-server.js';

describe('checkAddress', () => {
  // [address, expected reason or null for allowed]
  const cases: Array<[string, string | null]> = [
    // public
    ['93.184.215.14', null],
    ['8.8.8.8', null],
    ['1.1.1.1', null],
    ['172.15.255.255', null],
    ['172.32.0.1', null],
    ['100.63.255.255', null],
    ['100.128.0.1', null],
    ['223.255.255.255', null],
    ['2606:4700:4700::1111', null],
    ['2a00:1450:4001:81c::200e', null],
    ['::ffff:93.184.215.14', null],
    ['::ffff:5db8:d70e', null],
    ['64:ff9b::8.8.8.8', null],
    // IPv4 non-public
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.5', 'RFC 1918 private'],
    ['172.16.0.1', 'RFC 1918 private'],
    ['172.31.255.255', 'RFC 1918 private'],
    ['192.168.1.1', 'RFC 1918 private'],
    ['169.254.169.254', 'link-local, used by cloud metadata services'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved for documentation'],
    // IPv6 non-public
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fc00::1', 'unique local'],
    ['fd12:3456:789a::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['ff05::1:3', 'multicast'],
    ['2001:db8::1', 'reserved for documentation'],
    ['100::1', 'reserved'],
    // IPv4 inside IPv6: judged by the IPv4 address they reach
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.5', 'RFC 1918 private'],
    ['::ffff:169.254.169.254', 'link-local, used by cloud metadata services'],
    ['::ffff:a9fe:a9fe', 'link-local, used by cloud metadata services'],
    ['::ffff:192.168.0.1', 'RFC 1918 private'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::ffff:255.255.255.255', 'broadcast'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::10.0.0.5', 'RFC 1918 private'],
    ['2002:a00:5::1', 'RFC 1918 private'],
    ['2002:7f00:1::', 'loopback'],
    // not an address at all
    ['feeds.example.com', 'not a valid IP address'],
  ];

  it.each(cases)('%s → %s', (address, reason) => {
    const verdict = checkAddress(address);
    if (reason === null) expect(verdict).toEqual({ allowed: true });
    else expect(verdict).toEqual({ allowed: false, reason });
  });
});

describe('parseIPv6', () => {
  it.each([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['[::ffff:10.0.0.5]', [0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0005]],
    ['1::2:3', [1, 0, 0, 0, 0, 0, 2, 3]],
  ])('%s', (text, groups) => {
    expect(parseIPv6(text)).toEqual(groups);
  });

  it('rejects text that is not IPv6', () => {
    expect(parseIPv6('10.0.0.5')).toBeNull();
    expect(parseIPv6('1:::2')).toBeNull();
  });
});

describe('checkScheme', () => {
  it.each(['http://a.example/', 'https://a.example/'])('allows %s', (url) => {
    expect(checkScheme(new URL(url))).toBeNull();
  });
  it.each(['ftp://a.example/feed', 'file:///etc/passwd', 'gopher://a.example/', 'data:text/plain,hi'])('refuses %s', (url) => {
    expect(checkScheme(new URL(url))).toMatch(/^refused: only http and https/);
  });
});

describe('guardHost', () => {
  const strict = (table: Record<string, string | string[]>) => ({
    allowPrivateNetwork: false,
    resolve: fakeResolver(table).resolve,
    checkAddress,
  });

  it('returns the first address of a public host', async () => {
    const result = await guardHost(
      new URL('https://feeds.example.com/cal.ics'),
      strict({ 'feeds.example.com': ['93.184.215.14', '2606:4700::1'] }),
    );
    expect(result).toEqual({ ok: true, address: { address: '93.184.215.14', family: 4 } });
  });

  it('refuses a host that resolves to a private address, telling the feed owner what to do but not where it points', async () => {
    const result = await guardHost(new URL('https://feed.example/x'), strict({ 'feed.example': '10.0.0.5' }));
    expect(result).toEqual({
      ok: false,
      kind: 'blocked',
      message:
        'refused: feed.example points to a private or internal network address; set ALLOW_PRIVATE_NETWORK_FEEDS=true to allow local feeds',
      detail: 'feed.example → 10.0.0.5 (RFC 1918 private)',
    });
  });

  it('refuses a host if any one of its addresses is private, naming the address only in the detail for the log', async () => {
    const result = await guardHost(new URL('http://mixed.example/'), strict({ 'mixed.example': ['93.184.215.14', '127.0.0.1'] }));
    expect(result).toMatchObject({ ok: false, kind: 'blocked', detail: 'mixed.example → 127.0.0.1 (loopback)' });
    expect(result.ok ? '' : result.message).not.toMatch(/127\.0\.0\.1|loopback/);
  });

  it.each([
    ['http://127.0.0.1:8080/feed', '127.0.0.1 is a private or internal network address', 'loopback'],
    ['http://[::1]/feed', '::1 is a private or internal network address', 'loopback'],
    ['http://[::ffff:169.254.169.254]/latest/meta-data', '::ffff:a9fe:a9fe is a private or internal network address', 'link-local'],
    ['http://0x7f.1/feed', '127.0.0.1 is a private or internal network address', 'loopback'],
    ['http://2130706433/feed', '127.0.0.1 is a private or internal network address', 'loopback'],
  ])('checks literal IP host %s without DNS', async (url, fragment, reason) => {
    const resolver = fakeResolver({});
    const result = await guardHost(new URL(url), {
      allowPrivateNetwork: false,
      resolve: resolver.resolve,
      checkAddress,
    });
    expect(result.ok ? '' : result.message).toContain(fragment);
    expect(result.ok ? '' : result.message).not.toContain(reason);
    expect(result).toMatchObject({ detail: expect.stringContaining(reason) });
    expect(resolver.calls).toEqual([]);
  });

  it('allows private addresses when ALLOW_PRIVATE_NETWORK_FEEDS is on, still pinning the resolved address', async () => {
    const result = await guardHost(new URL('http://calendar.lan/'), {
      allowPrivateNetwork: true,
      resolve: fakeResolver({ 'calendar.lan': '192.168.1.20' }).resolve,
      checkAddress,
    });
    expect(result).toEqual({ ok: true, address: { address: '192.168.1.20', family: 4 } });
  });

  it('reports a name that does not resolve', async () => {
    const result = await guardHost(new URL('http://nowhere.example/'), strict({}));
    expect(result).toEqual({ ok: false, kind: 'dns', message: 'could not resolve nowhere.example (no such host)' });
  });
});
