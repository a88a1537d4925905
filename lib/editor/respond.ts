import "server-only";
import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import { EditError } from "../db/revisions";
import { isUnavailable } from "../db/client";
import { isBusy } from "../db/write-lock";
import { unavailable } from "../http";

const headers = { "Cache-Control": "no-store" };

/** Runs a write and answers it: 200 with the result, 400 with the issues, 503 when busy. The static
 * pages are revalidated after every successful write, so readers see the change right away. */
export async function respondToWrite<T>(work: () => Promise<T>, status = 200): Promise<NextResponse> {
  try {
    const result = await work();
    revalidatePath("/", "layout");
    return NextResponse.json(result, { status, headers });
  } catch (error) {
    if (error instanceof EditError) return NextResponse.json({ issues: error.issues }, { status: 400, headers });
    if (isBusy(error)) return NextResponse.json({ error: "busy" }, { status: 503, headers: { ...headers, "Retry-After": "5" } });
    if (isUnavailable(error)) return unavailable(error);
    throw error;
  }
}
