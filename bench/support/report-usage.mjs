/**
 * Preloaded into the process a benchmark measures (node --import ./bench/support/report-usage.mjs):
 * as the process exits, writes its CPU time (user and system, every thread) and peak resident
 * memory to stderr as one line, `bench-usage {...}`, for the benchmark to read.
 */
import fs from "node:fs";

process.on("exit", () => {
  const u = process.resourceUsage();
  fs.writeSync(2, `\nbench-usage ${JSON.stringify({ userMs: Math.round(u.userCPUTime / 1000), systemMs: Math.round(u.systemCPUTime / 1000), maxRssMb: Math.round(u.maxRSS / 1024) })}\n`);
});
