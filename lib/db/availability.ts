import fs from "node:fs";
import { databasePath } from "../env";

/** Why the database cannot serve a request right now ("missing" also covers an unreadable file). */
export type DatabaseProblem = "missing" | "read-only";

/**
 * A cheap look at the database file (no query, no connection) for the proxy, so the dynamic pages
 * that need the database answer 503 with a localized page instead of failing while they render.
 * A reader needs the file readable; an editor needs it writable too.
 */
export function databaseProblem(need: "read" | "write"): DatabaseProblem | null {
  const file = databasePath();
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    return "missing";
  }
  if (need === "read") return null;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return null;
  } catch {
    return "read-only";
  }
}
