import { hasLocale } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

/**
 * The proxy runs on a few addresses only (see config.matcher); every other page is static and
 * served without it.
 * - An address with a %-escape is checked: a malformed one gets a 400 instead of a router crash.
 * - `/` sends the reader to the best locale (cookie, then Accept-Language, then the default).
 * - `/{locale}/glossary?q=...` (the search form without JavaScript) is answered by the dynamic
 *   search page, so the glossary itself stays static.
 */
export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.includes("%")) {
    // our paths are plain ASCII slugs; a malformed escape (%ff) would crash the router: refuse it
    try {
      decodeURIComponent(request.nextUrl.pathname);
    } catch {
      return new NextResponse("Bad Request: the address has a malformed %-escape.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    return NextResponse.next();
  }
  const match = /^\/([^/]+)\/glossary\/?$/.exec(request.nextUrl.pathname);
  if (match) {
    if (!hasLocale(routing.locales, match[1])) return NextResponse.next();
    return NextResponse.rewrite(new URL(`/${match[1]}/search${request.nextUrl.search}`, request.url));
  }
  return intl(request);
}

export const config = {
  matcher: ["/", { source: "/:locale((?!api$)[^/]+)/glossary", has: [{ type: "query", key: "q" }] }, "/:path(.*%.*)"],
};
