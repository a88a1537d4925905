import ipaddr from "ipaddr.js";

/**
 * Which network addresses the server may fetch pages from on an editor's behalf. Only public
 * unicast addresses: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16 with the cloud metadata address, fe80::/10), carrier-grade NAT, multicast, reserved
 * and documentation ranges are refused, and so is every IPv6 form that carries an IPv4 address
 * (::ffff:127.0.0.1, 6to4, NAT64, Teredo) unless the IPv4 address inside is itself public.
 * The check is made on the addresses a name resolves to, never on the name.
 */
export function isPublicAddress(ip: string): boolean {
  const text = ip.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(text)) return false;
  let address = ipaddr.parse(text);
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) address = v6.toIPv4Address();
    // IPv4-compatible ::a.b.c.d (deprecated) also reaches the IPv4 address
    else if (v6.parts.slice(0, 6).every((p) => p === 0)) return false;
  }
  return address.range() === "unicast";
}

/** Whether a URL's host is an IP address written out (then it is checked as it is, not resolved). */
export const literalAddress = (hostname: string): string | null => {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(bare) ? bare : null;
};

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export class RefusedAddressError extends Error {
  constructor(readonly hostname: string, readonly address: string) {
    super(`${hostname} resolves to ${address}, which is not a public address`);
  }
}

/**
 * Resolves a host name once and checks every address it resolves to; returns the address to
 * connect to. Connecting to exactly this address (not resolving the name again) is what defeats
 * DNS rebinding: a name that answers with a public address for the check and a private one for
 * the connection never gets the second look-up.
 */
export async function checkedAddress(
  hostname: string,
  resolve: Resolver,
  allowed: (ip: string) => boolean = isPublicAddress,
): Promise<{ address: string; family: number }> {
  const literal = literalAddress(hostname);
  const addresses = literal ? [{ address: literal, family: literal.includes(":") ? 6 : 4 }] : await resolve(hostname);
  if (addresses.length === 0) throw new Error(`${hostname} does not resolve`);
  const refused = addresses.find((a) => !allowed(a.address));
  if (refused) throw new RefusedAddressError(hostname, refused.address);
  return addresses[0]!;
}
