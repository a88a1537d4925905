import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { isRefreshKey } from "@/lib/site-refresh";

/**
 * POST /api/revalidate (Authorization: Bearer <refresh key>): rebuilds the static pages on their
 * next visit after a write made outside the site, such as a command-line import (lib/site-refresh.ts).
 */
export async function POST(request: NextRequest) {
  if (!isRefreshKey(request.headers.get("authorization"))) {
    return NextResponse.json({ error: "a valid refresh key is required" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  revalidatePath("/", "layout");
  return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
