// Server-side request forgery guard: a webhook may not reach loopback, private, link-local or
// other non-public addresses (unless the environment allows it for local use). Checked when the
// URL is saved (for literal addresses and names like "localhost") and again at connection time,
// on the address the name actually resolved to, so a DNS answer that changes cannot slip through.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b::", 96],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** True for an address a webhook must not reach (IPv4-mapped IPv6 is checked as IPv4). */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, "ipv4");
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

const localNames = /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i;

/** Why a URL may not be a webhook target, judged without DNS; null when it may. */
export function targetProblem(url: URL, allowPrivate: boolean): string | null {
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) {
    return "The URL must start with https://.";
  }
  if (url.username || url.password) return "The URL may not contain a user name or password.";
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (localNames.test(host)) return "The URL must point to a public server, not a local name.";
  if (isIP(host) !== 0 && isNonPublicAddress(host)) {
    return "The URL must point to a public address, not a private, loopback or link-local one.";
  }
  return null;
}

export class BlockedTargetError extends Error {}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http.request that refuses non-public answers (unless allowed). */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allowPrivate ? [] : addresses.filter((a) => isNonPublicAddress(a.address));
      if (refused.length > 0) {
        return callback(
          new BlockedTargetError(
            `${hostname} resolves to a non-public address (${refused[0]!.address}); refused.`,
          ) as NodeJS.ErrnoException,
          [],
        );
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} did not resolve.`), []);
      callback(null, first.address, first.family);
    });
  };
}
