/**
 * At server start (not during the build): make sure the revalidation secret exists and record this
 * instance's address beside the database, so command-line imports can refresh its pages
 * (lib/site-refresh.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build" || !process.env.PORT) return;
  const { databasePath } = await import("./lib/env");
  const { registerInstance } = await import("./lib/site-refresh");
  registerInstance(databasePath(), `http://localhost:${process.env.PORT}`);
}
