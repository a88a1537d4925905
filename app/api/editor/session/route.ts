import type { NextRequest } from "next/server";
import { z } from "zod";
import { db, isUnavailable } from "@/lib/db/client";
import { signIn } from "@/lib/db/editors";
import { crossOrigin, seeOther, sessionCookie } from "@/lib/editor/session";
import { unavailable } from "@/lib/http";
import { locales } from "@/lib/locales";

const form = z.object({
  name: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  locale: z.enum(locales).catch("en"),
});

/** POST /api/editor/session: sign in (a form post); redirects to the editor, or back with a reason. */
export async function POST(request: NextRequest) {
  const refused = crossOrigin(request);
  if (refused) return refused;
  const data = Object.fromEntries(await request.formData());
  const parsed = form.safeParse(data);
  const locale = parsed.success ? parsed.data.locale : "en";
  const back = (error: string, minutes?: number) => seeOther(`/${locale}/editor/sign-in?error=${error}${minutes ? `&minutes=${minutes}` : ""}`);
  if (!parsed.success) return back("invalid");
  const address = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn(db(), parsed.data.name, parsed.data.password, address);
  } catch (error) {
    // a sign-in writes (a session, or a failure): a missing or read-only database is a 503
    if (isUnavailable(error)) return unavailable(error);
    throw error;
  }
  if (!result.ok) return back(result.reason, result.retryMinutes);
  const response = seeOther(`/${locale}/editor`);
  response.cookies.set(sessionCookie(request, result.token, result.expiresAt));
  return response;
}
