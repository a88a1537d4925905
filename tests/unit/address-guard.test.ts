import type { AddressInfo } from "node:net";
import { checkedAddress, isPublicAddress, RefusedAddressError } from "@/lib/net/address-guard";
import { FetchError, guardedFetch, parseAddress } from "@/lib/net/fetch";
import { clientAddress, trustedProxyHops } from "@/lib/auth/client-address";
import { createFixtureServer } from "../support/fixture-server";

describe("which addresses the server fetches from", () => {
  test.each([
    ["8.8.8.8", true],
    ["93.184.216.34", true],
    ["2606:4700:4700::1111", true],
    ["::ffff:8.8.8.8", true],
    ["127.0.0.1", false],
    ["127.8.9.10", false],
    ["0.0.0.0", false],
    ["10.0.0.1", false],
    ["172.16.5.4", false],
    ["192.168.1.1", false],
    ["100.64.0.1", false],
    ["169.254.169.254", false],
    ["224.0.0.1", false],
    ["255.255.255.255", false],
    ["192.0.2.10", false],
    ["::1", false],
    ["::", false],
    ["fe80::1", false],
    ["fc00::1", false],
    ["fd12:3456::1", false],
    ["ff02::1", false],
    ["::ffff:127.0.0.1", false],
    ["::ffff:7f00:1", false],
    ["::ffff:10.0.0.1", false],
    ["::127.0.0.1", false],
    ["2002:7f00:1::", false],
    ["64:ff9b::a00:1", false],
    ["2001:db8::1", false],
    ["not an address", false],
  ])("%s → %s", (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });

  test("the resolved addresses are checked, not the name: a public-looking name that resolves to a private address is refused", async () => {
    const resolve = async () => [{ address: "10.1.2.3", family: 4 }];
    await expect(checkedAddress("news.example", resolve)).rejects.toBeInstanceOf(RefusedAddressError);
    // one private answer among public ones is enough to refuse
    await expect(checkedAddress("mixed.example", async () => [{ address: "93.184.216.34", family: 4 }, { address: "::1", family: 6 }])).rejects.toThrow(/::1/);
    expect(await checkedAddress("ok.example", async () => [{ address: "93.184.216.34", family: 4 }])).toEqual({ address: "93.184.216.34", family: 4 });
    // IP literals are checked as written, in any notation the URL parser accepts
    await expect(checkedAddress(parseAddress("http://2130706433/").hostname, async () => [])).rejects.toThrow(/127\.0\.0\.1/);
    await expect(checkedAddress(parseAddress("http://0x7f.1/").hostname, async () => [])).rejects.toThrow(/127\.0\.0\.1/);
    await expect(checkedAddress(parseAddress("http://[::ffff:127.0.0.1]/").hostname, async () => [])).rejects.toBeInstanceOf(RefusedAddressError);
  });

  test("only http and https addresses, without credentials", () => {
    for (const bad of ["file:///etc/passwd", "ftp://x.example/", "gopher://x.example/", "javascript:alert(1)", "data:text/html,hi", "http://user:pw@x.example/", "not a url"]) {
      expect(() => parseAddress(bad)).toThrow(FetchError);
    }
    expect(parseAddress(" https://x.example/a#frag ").href).toBe("https://x.example/a");
  });
});

describe("the guarded fetch, against a local stand-in for news sites", () => {
  const server = createFixtureServer();
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("a server on this machine is refused unless the setting for tests allows it", async () => {
    await expect(guardedFetch(`${base}/news/jsonld-article.html`)).rejects.toMatchObject({ code: "refusedAddress" });
    const page = await guardedFetch(`${base}/news/jsonld-article.html`, { allowPrivate: true });
    expect(page.text).toContain("Border Villages Brace");
    expect(page.contentType).toMatch(/text\/html/);
  });

  test("DNS rebinding: the name is resolved once, and the connection goes to the address that was checked", async () => {
    const answers = ["127.0.0.1", "169.254.169.254"];
    let lookups = 0;
    const resolve = async () => [{ address: answers[lookups++]!, family: 4 }];
    const page = await guardedFetch(`${base.replace("localhost", "rebind.example")}/news/plain-article.html`, {
      resolve,
      isAllowed: (ip) => ip === "127.0.0.1",
    });
    expect(page.text).toContain("Lapis Lazuli");
    expect(lookups).toBe(1);
  });

  test("a redirect is followed and checked again; a loop, too many redirects, a page too big or too slow are refused", async () => {
    const allowPrivate = true;
    expect((await guardedFetch(`${base}/moved?name=X`, { allowPrivate })).url).toBe(`${base}/news/jsonld-article.html?name=X`);
    await expect(guardedFetch(`${base}/loop-a`, { allowPrivate })).rejects.toMatchObject({ code: "tooManyRedirects" });
    await expect(guardedFetch(`${base}/big`, { allowPrivate, maxBytes: 1_000_000 })).rejects.toMatchObject({ code: "tooBig" });
    await expect(guardedFetch(`${base}/slow`, { allowPrivate, timeoutMs: 500 })).rejects.toMatchObject({ code: "tooSlow" });
    await expect(guardedFetch(`${base}/nothing-here`, { allowPrivate })).rejects.toMatchObject({ code: "httpError", status: 404 });
    // a redirect to a private address is checked like the first address
    const publicOnly = (ip: string) => ip !== "127.0.0.1";
    await expect(guardedFetch(`${base}/moved`, { isAllowed: publicOnly })).rejects.toMatchObject({ code: "refusedAddress" });
  });

  test("a host that does not resolve or does not answer is unreachable", async () => {
    await expect(guardedFetch("http://nowhere.invalid/", { resolve: async () => { throw new Error("ENOTFOUND"); } })).rejects.toMatchObject({ code: "unreachable" });
    await expect(guardedFetch("http://localhost:1/", { allowPrivate: true })).rejects.toMatchObject({ code: "unreachable" });
  });
});

describe("the client's address for sign-in limits", () => {
  test("is never read without trusted proxies, and is the Nth entry from the right behind N of them", () => {
    expect(clientAddress("203.0.113.9", 0)).toBeNull();
    expect(clientAddress("1.2.3.4, 203.0.113.9", 1)).toBe("203.0.113.9");
    // whatever the client wrote to the left is never read
    expect(clientAddress("spoofed, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", 2)).toBeNull();
    expect(clientAddress("<script>", 1)).toBeNull();
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({})).toBe(0);
    expect(() => trustedProxyHops({ TRUST_PROXY_HOPS: "many" })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
