import "server-only";
import { NextResponse } from "next/server";
import { forgetDb, isReadOnly } from "./db/client";

/** 503 for a database that cannot be used right now (the static pages keep being served); the next
 * request opens the database again, so service comes back as soon as the file does. */
export const unavailable = (error?: unknown) => {
  forgetDb();
  return NextResponse.json(
    {
      error: isReadOnly(error)
        ? "The glossary database is read-only right now, so nothing was saved; please try again shortly."
        : "The glossary database is not available right now; please try again shortly.",
    },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
  );
};
