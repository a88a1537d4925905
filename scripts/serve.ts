import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

/**
 * Where test and benchmark servers listen: `localhost`, not `127.0.0.1`. With an IP address,
 * Next.js takes the proxy's own rewrites (the search form's `/{locale}/glossary?q=`) for another
 * site's and forwards them to itself over HTTP, which fails under load (vercel/next.js#94745).
 */
export const LOOPBACK_HOST = "localhost";

const listen = (port: number) =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(port, LOOPBACK_HOST, () => {
      const { port: bound } = server.address() as net.AddressInfo;
      server.close(() => resolve(bound));
    });
  });

/**
 * A free loopback port: any, or the first free one in SERVE_PORTS ("3300-3399") where several
 * people share the machine and each keeps to a range.
 */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.SERVE_PORTS ?? "");
  if (!range) return listen(0);
  for (let port = Number(range[1]); port <= Number(range[2]); port++) {
    try {
      return await listen(port);
    } catch {}
  }
  throw new Error(`no free port in SERVE_PORTS=${process.env.SERVE_PORTS}`);
}

/**
 * Starts the built app with `next start` (node directly, not npx, so the pid is the server's own)
 * on loopback, and resolves once it answers. stop() ends exactly that process.
 */
export async function startServer(
  env: Record<string, string | undefined> = {},
  options: { dir?: string; probe?: string; wrap?: string[] } = {},
): Promise<{ url: string; stop: () => Promise<void>; child: ChildProcess }> {
  const port = await freePort();
  // wrap: a command that execs the server (such as setpriv), so the pid stays the server's own
  const [command, ...args] = [...(options.wrap ?? []), process.execPath, "node_modules/next/dist/bin/next", "start", ...(options.dir ? [options.dir] : []), "-p", String(port), "-H", LOOPBACK_HOST];
  const child = spawn(command!, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://${LOOPBACK_HOST}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}${options.probe ?? "/en"}`);
      if (response.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error("next start did not answer within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, stop, child };
}
