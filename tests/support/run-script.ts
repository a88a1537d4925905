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

/** The same, without blocking this process (for a script that talks to a server the test runs). */
export function runScriptAsync(script: string, args: string[], databaseUrl: string, env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
      env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
