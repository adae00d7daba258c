import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

/**
 * Addresses a server must not fetch for a remote user unless told to (KG_URL_ALLOW_PRIVATE):
 * this host, private and link-local networks (cloud metadata at 169.254.169.254), shared and
 * reserved ranges. BlockList also matches IPv4-mapped IPv6 (`::ffff:127.0.0.1`) against the IPv4 rules.
 */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network": 0.0.0.0 reaches the local host
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 3], // multicast, reserved, broadcast
] as const) {
  PRIVATE.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 96], // unspecified, loopback, IPv4-compatible
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
] as const) {
  PRIVATE.addSubnet(net, bits, "ipv6");
}

/**
 * True for an IP address (v4 or v6, brackets allowed) in a private, loopback, link-local or
 * reserved range; false for public addresses and for anything that is not an IP address.
 *
 * @example isPrivateAddress("10.1.2.3") // true
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/gu, "").replace(/%.*$/u, "");
  const family = isIP(ip);
  if (family === 0) return false;
  return PRIVATE.check(ip, family === 4 ? "ipv4" : "ipv6");
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that refuses, at connect time, a host name resolving to a private
 * address (checking the name alone would let `localhost` or a DNS name pointing inward through).
 * `refuse` builds the error the request then fails with.
 */
export function publicOnlyLookup(refuse: (host: string, address: string) => Error) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const inward = addresses.find((a) => isPrivateAddress(a.address));
      if (inward) return callback(refuse(hostname, inward.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}
