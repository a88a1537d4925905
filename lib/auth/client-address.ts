import { z } from "zod";

/**
 * The client's address, only when it can be trusted. Next.js passes on an X-Forwarded-For header
 * that the client wrote itself, and writes the connection's own address only when there is none, so
 * without a proxy no address can be trusted. Behind N proxies that each append the address they
 * received the request from (nginx's $proxy_add_x_forwarded_for does), the Nth entry from the right
 * was written by the outermost proxy and is the client's: TRUST_PROXY_HOPS=N says so. Entries to
 * its left were written by the client and are never read.
 */
const hopsSchema = z.coerce.number().int().min(0).max(10);

export class ClientAddressConfigError extends Error {}

export function trustedProxyHops(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.TRUST_PROXY_HOPS ?? "0";
  const parsed = hopsSchema.safeParse(raw === "" ? "0" : raw);
  if (!parsed.success) throw new ClientAddressConfigError(`TRUST_PROXY_HOPS must be a whole number from 0 to 10, not "${raw}"`);
  return parsed.data;
}

export function clientAddress(forwardedFor: string | null | undefined, hops: number): string | null {
  if (hops === 0 || !forwardedFor) return null;
  const entries = forwardedFor.split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length < hops) return null;
  const address = entries[entries.length - hops]!;
  return /^[0-9a-fA-F.:[\]]{2,64}$/.test(address) ? address.replace(/^\[|\]$/g, "").toLowerCase() : null;
}
