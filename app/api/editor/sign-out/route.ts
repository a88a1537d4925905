import type { NextRequest } from "next/server";
import { db, isUnavailable } from "@/lib/db/client";
import { endSession } from "@/lib/db/editors";
import { SESSION_COOKIE, crossOrigin, seeOther, sessionCookie } from "@/lib/editor/session";
import { isLocale } from "@/lib/locales";

/** POST /api/editor/sign-out: ends the session and clears its cookie. */
export async function POST(request: NextRequest) {
  const refused = crossOrigin(request);
  if (refused) return refused;
  try {
    await endSession(db(), request.cookies.get(SESSION_COOKIE)?.value);
  } catch (error) {
    // the database cannot be written now: the cookie is still cleared, so this device is signed out
    if (!isUnavailable(error)) throw error;
  }
  const locale = String((await request.formData()).get("locale") ?? "");
  const response = seeOther(`/${isLocale(locale) ? locale : "en"}`);
  response.cookies.set(sessionCookie(request, "", new Date(0)));
  return response;
}
