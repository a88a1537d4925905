import { NextResponse, type NextRequest } from "next/server";
import { isUnavailable } from "@/lib/db/client";
import { searchTerms } from "@/lib/db/search";
import { unavailable } from "@/lib/http";
import { searchApiSchema } from "@/lib/params";

/** GET /api/glossary?q=&locale=&limit= : ranked search results (JSON). */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries([...request.nextUrl.searchParams].filter(([, v]) => v !== ""));
  const parsed = searchApiSchema.safeParse(params);
  if (!parsed.success) {
    return NextResponse.json(
      { error: parsed.error.issues.map((i) => i.message).join("; ") },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { q, locale, limit } = parsed.data;
  let results;
  try {
    results = await searchTerms(q, locale, limit);
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    return unavailable();
  }
  return NextResponse.json(
    { query: q, locale, results },
    { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=600" } },
  );
}
