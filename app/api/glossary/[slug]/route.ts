import { NextResponse, type NextRequest } from "next/server";
import { isUnavailable } from "@/lib/db/client";
import { getTermEntry } from "@/lib/db/terms";
import { unavailable } from "@/lib/http";
import { localeParams, slugSchema } from "@/lib/params";

/** GET /api/glossary/{slug}?locale= : the whole entry of one term (JSON). */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/glossary/[slug]">) {
  const { slug } = await params;
  const locale = localeParams.safeParse({ locale: request.nextUrl.searchParams.get("locale") ?? "en" });
  if (!locale.success) {
    return NextResponse.json({ error: "locale: one of en, ru, tg, fa" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  let entry;
  try {
    entry = slugSchema.safeParse(slug).success ? await getTermEntry(slug, locale.data.locale) : null;
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    return unavailable();
  }
  if (!entry) {
    return NextResponse.json({ error: `no term "${slug.slice(0, 120)}"` }, { status: 404, headers: { "Cache-Control": "public, max-age=60" } });
  }
  return NextResponse.json(entry, { headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" } });
}
