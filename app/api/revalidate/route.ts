import { NextResponse, type NextRequest } from "next/server";
import { databasePath } from "@/lib/env";
import { refreshReaders } from "@/lib/refresh-readers";
import { isSecret } from "@/lib/site-refresh";

const headers = { "Cache-Control": "no-store" };

/**
 * POST /api/revalidate with `Authorization: Bearer SECRET`: every page readers see is rendered again
 * from the database on its next request. Used by the command-line imports (lib/site-refresh.ts).
 */
export async function POST(request: NextRequest) {
  if (!isSecret(databasePath(), request.headers.get("authorization"))) {
    return NextResponse.json({ error: "a valid bearer token is required" }, { status: 401, headers });
  }
  refreshReaders();
  return NextResponse.json({ revalidated: true }, { headers });
}
