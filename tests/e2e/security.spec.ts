import { expect, test } from "@playwright/test";
import { articlePath } from "./support";

test("every response carries the security headers, and none says what serves it", async ({ request }) => {
  for (const path of ["/en", articlePath("fa"), "/ru/glossary/maymay", "/api/glossary?q=taliban", "/en/articles/nope", "/xx/yy", "/en/editor/sign-in"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const h = response.headers();
    expect(h["content-security-policy"], path).toMatch(/object-src 'none'/);
    expect(h["content-security-policy"], path).toMatch(/base-uri 'none'/);
    expect(h["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

test("locale and path fuzz gives a 404 or a redirect to this site, never a 500", async ({ request, baseURL }) => {
  const paths = [
    "//evil.example/",
    "/%2F%2Fevil.example",
    "/\\evil.example",
    "/en//evil.example",
    "/en/articles/..%2F..%2Fetc%2Fpasswd",
    "/en/articles/%2e%2e",
    `/en/articles/${"a".repeat(2000)}`,
    `/en/glossary/${"x-".repeat(500)}`,
    "/EN/articles/dushanbe-reinforces-border",
    "/en-US",
    "/fa/glossary?q=%00",
    "/en/glossary/%ff",
    "/api/glossary/%2e%2e%2fetc",
  ];
  for (const path of paths) {
    // the path as sent, not resolved against the base (so "//evil.example" stays a path)
    const response = await request.get(`${new URL(baseURL!).origin}${path}`, { maxRedirects: 0 });
    const status = response.status();
    expect([200, 301, 302, 303, 307, 308, 400, 404], path).toContain(status);
    if (status >= 300 && status < 400) {
      const location = new URL(response.headers()["location"]!, baseURL);
      expect(location.origin, path).toBe(new URL(baseURL!).origin);
    }
  }
});
