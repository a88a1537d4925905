import { hasLocale } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { databaseProblem } from "./lib/db/availability";
import { outagePage } from "./lib/outage-page";

const intl = createMiddleware(routing);

/**
 * The proxy runs on a few addresses only (see config.matcher); every other page is static and
 * served without it.
 * - An address with a %-escape is checked: a malformed one gets a 400 instead of a router crash.
 * - `/` sends the reader to the best locale (cookie, then Accept-Language, then the default).
 * - `/{locale}/glossary?q=...` (the search form without JavaScript) is answered by the dynamic
 *   search page, so the glossary itself stays static.
 * - The search and the editor need the database: when its file is missing (or, for the editor,
 *   read-only) they answer 503 with a localized page saying so; the static pages are unaffected.
 *   The editor's server actions called from its scripts say so in their own answer instead.
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
  const match = /^\/([^/]+)\/(?:(glossary)\/?$|(editor)(?:\/|$))/.exec(request.nextUrl.pathname);
  if (match) {
    const [, locale, , editor] = match;
    if (!hasLocale(routing.locales, locale)) return NextResponse.next();
    // a server action called by the editor's scripts answers for itself ("read-only, nothing saved"),
    // in the form that made it; a form posted without JavaScript gets the 503 page below
    if (editor && request.method === "POST" && request.headers.has("next-action")) return NextResponse.next();
    const problem = databaseProblem(editor ? "write" : "read");
    if (problem) {
      return new NextResponse(outagePage(locale, problem), {
        status: 503,
        headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
      });
    }
    if (editor) return NextResponse.next();
    return NextResponse.rewrite(new URL(`/${locale}/search${request.nextUrl.search}`, request.url));
  }
  return intl(request);
}

export const config = {
  matcher: [
    "/",
    { source: "/:locale((?!api$)[^/]+)/glossary", has: [{ type: "query", key: "q" }] },
    "/:locale((?!api$)[^/]+)/editor/:path*",
    "/:path(.*%.*)",
  ],
};
