import { NextResponse, type NextRequest } from "next/server";
import { refreshReaders } from "@/lib/refresh-readers";
import { isRefreshKey } from "@/lib/site-refresh";

/**
 * POST /api/revalidate (Authorization: Bearer <refresh key>): rebuilds the static pages on their
 * next visit after a write made outside the site, such as a command-line import (lib/site-refresh.ts).
 */
export async function POST(request: NextRequest) {
  if (!isRefreshKey(request.headers.get("authorization"))) {
    return NextResponse.json({ error: "a valid refresh key is required" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  refreshReaders();
  return new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
