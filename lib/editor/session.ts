import "server-only";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { db } from "../db/client";
import { editorForToken, type EditorAccount } from "../db/editors";

export const SESSION_COOKIE = "tarjuma_session";

const loopback = (host: string | null) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host ?? "");

/** Cookie options: HttpOnly, SameSite=Lax, and Secure in production (except on a loopback address). */
export function sessionCookie(request: NextRequest, value: string, expires: Date) {
  return {
    name: SESSION_COOKIE,
    value,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NODE_ENV === "production" && !loopback(request.headers.get("host")),
    path: "/",
    expires,
  };
}

/** The signed-in editor for a server-rendered page, or null. */
export async function currentEditor(): Promise<EditorAccount | null> {
  return editorForToken(db(), (await cookies()).get(SESSION_COOKIE)?.value);
}

const json = (status: number, error: string) => NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/** A write must come from this site's own pages: the Origin header names this host (and a browser
 * that sends Sec-Fetch-Site says same-origin). Checked here, by the handler itself. */
export function crossOrigin(request: NextRequest): NextResponse | null {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  let sameHost = false;
  try {
    sameHost = origin !== null && new URL(origin).host === request.headers.get("host");
  } catch {}
  if (!sameHost || (site !== null && site !== "same-origin")) return json(403, "cross-origin request refused");
  return null;
}

/** The editor making a write request, or the response refusing it (403 other origin, 401 no session). */
export async function requireEditor(request: NextRequest): Promise<EditorAccount | NextResponse> {
  const refused = crossOrigin(request);
  if (refused) return refused;
  const editor = await editorForToken(db(), request.cookies.get(SESSION_COOKIE)?.value);
  return editor ?? json(401, "sign in to edit");
}

/** A 303 to a path on this site. Relative, so it stays on the host the browser used (request.url
 * may name another, such as localhost for 127.0.0.1). */
export const seeOther = (path: string) => new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
