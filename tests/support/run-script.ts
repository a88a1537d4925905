import { spawnSync } from "node:child_process";

/**
 * Runs one of the project's command-line scripts the way `npm run` does (tsx, react-server
 * condition), against the given database, and returns its exit status and output.
 */
export function runScript(script: string, args: string[], databaseUrl: string, input?: string) {
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl },
    encoding: "utf8",
    input,
  });
}
