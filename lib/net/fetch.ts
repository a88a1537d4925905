import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import zlib from "node:zlib";
import { checkedAddress, isPublicAddress, RefusedAddressError, type Resolver } from "./address-guard";

/**
 * Fetches a page or a feed for the editor, guarded: http and https only, every address the host
 * resolves to must be public (lib/net/address-guard.ts) and the connection goes to the address
 * that was checked, at most MAX_REDIRECTS redirects (each checked the same way, loops refused),
 * FETCH_TIMEOUT_MS for the whole exchange and MAX_BYTES of body after decompression.
 */
export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_BYTES = 5 * 1024 * 1024;

export type FetchProblem = "invalidAddress" | "refusedAddress" | "unreachable" | "httpError" | "tooBig" | "tooSlow" | "tooManyRedirects" | "notHtml" | "notFeed";

export class FetchError extends Error {
  constructor(
    readonly code: FetchProblem,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface Fetched {
  /** The address the content came from, after redirects. */
  url: string;
  contentType: string;
  text: string;
}

export interface FetchOptions {
  /** Allow loopback and private addresses (tests only: IMPORT_ALLOW_PRIVATE_ADDRESSES=true). */
  allowPrivate?: boolean;
  /** Which resolved addresses may be connected to (default: public ones; every one with allowPrivate). */
  isAllowed?: (ip: string) => boolean;
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  accept?: string;
}

const systemResolver: Resolver = async (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** Whether the setting that lets imports reach loopback and private addresses is on (for tests). */
export const privateAddressesAllowed = (env: Readonly<Record<string, string | undefined>> = process.env) =>
  /^(1|true|yes)$/i.test(env.IMPORT_ALLOW_PRIVATE_ADDRESSES ?? "");

/** Parses an address an editor gave: absolute http(s) only, no credentials in it. */
export function parseAddress(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchError("invalidAddress", `"${raw.slice(0, 200)}" is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError("invalidAddress", `only http and https addresses can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new FetchError("invalidAddress", "an address with a user name or password is not fetched");
  url.hash = "";
  return url;
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function requestOnce(url: URL, address: { address: string; family: number }, options: Required<Pick<FetchOptions, "maxBytes" | "accept">>, signal: AbortSignal): Promise<Response> {
  const lookup: LookupFunction = (_hostname, opts, callback) => {
    // connect to the address that was checked, never to a second answer for the same name
    if ((opts as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        lookup,
        signal,
        headers: {
          "User-Agent": "TarjumaImporter/1.0",
          Accept: options.accept,
          "Accept-Encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          response.resume();
          return resolve({ status, headers: response.headers, body: Buffer.alloc(0) });
        }
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          response.destroy();
          return reject(new FetchError("tooBig", `the page is ${declared} bytes, more than the limit of ${options.maxBytes}`));
        }
        const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
        const stream =
          encoding === "gzip" || encoding === "x-gzip"
            ? response.pipe(zlib.createGunzip())
            : encoding === "deflate"
              ? response.pipe(zlib.createInflate())
              : encoding === "br"
                ? response.pipe(zlib.createBrotliDecompress())
                : response;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            stream.destroy();
            reject(new FetchError("tooBig", `the page is more than the limit of ${options.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        stream.on("end", () => resolve({ status, headers: response.headers, body: Buffer.concat(chunks) }));
        stream.on("error", (error) => reject(signal.aborted ? signal.reason : new FetchError("unreachable", `the page could not be read: ${error.message}`)));
      },
    );
    request.on("error", (error) => reject(signal.aborted ? signal.reason : new FetchError("unreachable", `${url.host} could not be reached: ${(error as NodeJS.ErrnoException).code ?? error.message}`)));
    request.end();
  });
}

/** The character set a response declares (header, then byte-order mark, then the document itself). */
export function decodeBody(body: Buffer, contentType: string): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? "utf-8" : undefined) ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 4096).toString("latin1"))?.[1] ??
    /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(body.subarray(0, 200).toString("latin1"))?.[1] ??
    "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(body);
}

/** GETs an address under the guard's rules; resolves with the decoded text or rejects with a FetchError. */
export async function guardedFetch(raw: string, options: FetchOptions = {}): Promise<Fetched> {
  const allowed = options.isAllowed ?? (options.allowPrivate ? () => true : isPublicAddress);
  const resolve = options.resolve ?? systemResolver;
  const limits = { maxBytes: options.maxBytes ?? MAX_BYTES, accept: options.accept ?? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" };
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchError("tooSlow", `no complete answer within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    let url = parseAddress(raw);
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      if (seen.has(url.href)) throw new FetchError("tooManyRedirects", `the address redirects in a loop (${url.href})`);
      seen.add(url.href);
      let address;
      try {
        address = await Promise.race([
          checkedAddress(url.hostname, resolve, allowed),
          new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true })),
        ]);
      } catch (error) {
        if (error instanceof RefusedAddressError) throw new FetchError("refusedAddress", error.message);
        if (error instanceof FetchError) throw error;
        throw new FetchError("unreachable", `${url.hostname} could not be found`);
      }
      const response = await requestOnce(url, address, limits, controller.signal);
      if (response.status >= 300 && response.status < 400 && response.headers.location) {
        if (hop >= MAX_REDIRECTS) throw new FetchError("tooManyRedirects", `more than ${MAX_REDIRECTS} redirects`);
        let next: URL;
        try {
          next = parseAddress(new URL(response.headers.location, url).href);
        } catch (error) {
          throw error instanceof FetchError ? error : new FetchError("invalidAddress", "the page redirects to an address that cannot be fetched");
        }
        url = next;
        continue;
      }
      if (response.status < 200 || response.status >= 300) throw new FetchError("httpError", `the server answered ${response.status}`, response.status);
      const contentType = String(response.headers["content-type"] ?? "");
      return { url: url.href, contentType, text: decodeBody(response.body, contentType) };
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof FetchError && error.code !== "unreachable")) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
