import { spawn, spawnSync } from "node:child_process";

/**
 * Runs one of the project's command-line scripts the way `npm run` does (tsx, react-server
 * condition), against the given database, and returns its exit status and output.
 */
export function runScript(script: string, args: string[], databaseUrl: string, input?: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl, ...env },
    encoding: "utf8",
    input,
  });
}

/**
 * The same, without blocking the caller's event loop while the script runs: a test that holds
 * keep-alive connections to a server must use this one. While spawnSync blocks, the client cannot
 * drop a pooled connection the server has closed after its keep-alive timeout (5 s), and the next
 * request on it fails with "other side closed".
 */
export function runScriptAsync(script: string, args: string[], databaseUrl: string, input?: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl, ...env },
  });
  child.stdin.end(input ?? "");
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}
