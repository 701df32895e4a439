// What the worker may reach. Webhook and calendar feed URLs are typed by providers, so a provider
// could point them at the server's own network: the database's admin page, a cloud metadata
// service at 169.254.169.254, a router. The worker's default fetch refuses every address that is
// not on the public internet (loopback, private, link-local, carrier-grade NAT, multicast,
// reserved), checks each redirect's target again, and says in the provider's feed error or
// delivery log why. The check is made again when the connection is opened, on the very addresses
// it connects to, so a name that resolves to a public address when checked and to a private one a
// moment later (DNS rebinding) gets nowhere. `allowPrivateNetworks` turns all this off (a server
// that serves one organisation's intranet, tests).
import { lookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address (`::ffff:10.0.0.1`). */
function embeddedIpv4(address: string): string | undefined {
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * Whether an IP address is on the public internet.
 *
 * @example
 * isPublicAddress('93.184.215.14'); // true
 * isPublicAddress('169.254.169.254'); // false
 */
export function isPublicAddress(address: string): boolean {
  const v4 = isIP(address) === 6 ? embeddedIpv4(address) : address;
  if (v4 !== undefined) return isIP(v4) === 4 && !blocked.check(v4, 'ipv4');
  return isIP(address) === 6 && !blocked.check(address, 'ipv6');
}

/** A URL the worker will not fetch; the message says why, for the provider. */
export class OutboundRefused extends Error {
  override name = 'OutboundRefused';
}

type Resolve = (host: string) => Promise<string[]>;
const resolveAll: Resolve = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Why `host` may not be reached, when one of its addresses is not public. */
function refusal(host: string, addresses: readonly string[]): OutboundRefused | undefined {
  const inside = addresses.find((address) => !isPublicAddress(address));
  if (inside === undefined) return undefined;
  return new OutboundRefused(
    `${host} ${host === inside ? 'is' : `resolves to ${inside}, which is`} a private or reserved network address; the server only fetches addresses on the public internet.`,
  );
}

/** Refuses a URL that is not http(s) or whose host is (or resolves to) a non-public address. */
async function check(url: URL, resolve: Resolve): Promise<void> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new OutboundRefused(`${url.protocol} addresses are not fetched; use https.`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (error) {
    throw new OutboundRefused(`${host} could not be found (${(error as Error).message}).`);
  }
  const refused = refusal(host, addresses);
  if (refused) throw refused;
}

type LookupCallback = (
  error: Error | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The name lookup of the worker's connections (`net.connect`'s `lookup`): the addresses a
 * connection will use, refused when any of them is not public.
 */
function publicLookup(resolve: Resolve) {
  return (host: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(host).then(
      (addresses) => {
        const refused = refusal(host, addresses);
        if (refused) return callback(refused, []);
        if (options.all)
          return callback(
            null,
            addresses.map((address) => ({ address, family: isIP(address) })),
          );
        callback(null, addresses[0]!, isIP(addresses[0]!));
      },
      (error: Error) => callback(error, []),
    );
  };
}

/** Redirects a guarded fetch follows (each target checked again). */
const MAX_REDIRECTS = 5;

/**
 * A fetch that reaches only the public internet, redirects included.
 *
 * @example
 * const fetchPublic = guardedFetch();
 * await fetchPublic('http://169.254.169.254/latest/meta-data/'); // throws OutboundRefused
 */
export function guardedFetch(
  base: typeof globalThis.fetch = globalThis.fetch,
  resolve: Resolve = resolveAll,
): typeof globalThis.fetch {
  // Connections made through this agent look names up with the check above.
  const dispatcher = new Agent({ connect: { lookup: publicLookup(resolve) } });
  return async (input, init = {}) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const follow = (init.redirect ?? 'follow') === 'follow';
    for (let hop = 0; ; hop++) {
      await check(url, resolve);
      const response = await base(url, {
        ...init,
        redirect: 'manual',
        dispatcher,
      } as RequestInit).catch((error: unknown) => {
        // fetch reports a refused lookup as its cause.
        const cause = (error as { cause?: unknown })?.cause;
        throw cause instanceof OutboundRefused ? cause : error;
      });
      const location = response.headers.get('location');
      if (!follow || response.status < 300 || response.status >= 400 || !location) return response;
      await response.body?.cancel().catch(() => undefined);
      if (hop === MAX_REDIRECTS)
        throw new OutboundRefused(`${url.host} redirected more than ${MAX_REDIRECTS} times.`);
      url = new URL(location, url);
    }
  };
}
