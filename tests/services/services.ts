import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withClient } from "../../lib/db/postgres-tools";

/**
 * PostgreSQL, Redis and nginx from Debian's packages, started for the tests on loopback with their
 * data in a temporary folder, each as a child process of its own (stopped by its own pid). As root,
 * PostgreSQL runs as the `postgres` user (it refuses root), through setpriv, which execs it.
 */

export interface Binaries {
  initdb: string;
  postgres: string;
  redis: string;
  nginx: string | null;
}

/** The newest PostgreSQL's binaries (POSTGRES_LIB_DIR, Debian's /usr/lib/postgresql), redis-server and nginx (on the PATH), or what is missing. */
export function findBinaries(): { found: Binaries | null; missing: string[] } {
  const pgRoot = process.env.POSTGRES_LIB_DIR ?? "/usr/lib/postgresql";
  const version = fs.existsSync(pgRoot) ? fs.readdirSync(pgRoot).filter((v) => fs.existsSync(path.join(pgRoot, v, "bin/initdb"))).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  const which = (name: string, extra: string[]) => [...(process.env.PATH ?? "").split(":"), ...extra].map((d) => path.join(d, name)).find((f) => fs.existsSync(f)) ?? null;
  const redis = which("redis-server", ["/usr/bin"]);
  const nginx = which("nginx", ["/usr/sbin"]);
  const missing = [...(version ? [] : ["postgresql"]), ...(redis ? [] : ["redis-server"]), ...(nginx ? [] : ["nginx"])];
  if (!version || !redis) return { found: null, missing };
  return { found: { initdb: path.join(pgRoot, version, "bin/initdb"), postgres: path.join(pgRoot, version, "bin/postgres"), redis, nginx }, missing };
}

const asRoot = process.getuid?.() === 0;

/** A child process we started, stopped by its own pid with the signal its program shuts down on. */
async function stopChild(child: ChildProcess | null, signal: NodeJS.Signals) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  await exited;
}

async function waitFor(what: string, ready: () => Promise<boolean>, child: ChildProcess, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await ready().catch(() => false))) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface PostgresService {
  /** The server's maintenance database, as a user who may create databases. */
  url: string;
  /** A database of its own on the server, created empty. */
  database(name: string): Promise<string>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPostgres(bin: Binaries, dir: string, port: number): Promise<PostgresService> {
  const data = path.join(dir, "data");
  const run = (command: string, args: string[]) => (asRoot ? ["setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", command, ...args]] : [command, args]) as [string, string[]];
  fs.mkdirSync(dir, { recursive: true });
  if (asRoot) spawnSync("chown", ["-R", "postgres", dir]);
  if (!fs.existsSync(data)) {
    const [command, args] = run(bin.initdb, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    const init = spawnSync(command, args, { encoding: "utf8" });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  }
  const url = `postgresql://postgres@localhost:${port}/postgres`;
  let child: ChildProcess | null = null;
  const service: PostgresService = {
    url,
    async database(name) {
      await withClient(url, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
      return url.replace(/\/postgres$/, `/${name}`);
    },
    async start() {
      const [command, args] = run(bin.postgres, ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=localhost", "-c", "fsync=off", "-c", "max_connections=200"]);
      child = spawn(command, args, { stdio: ["ignore", "ignore", fs.openSync(path.join(dir, "postgres.log"), "a")] });
      await waitFor("PostgreSQL", () => withClient(url, async (c) => Boolean(await c.query("SELECT 1"))), child);
    },
    // fast shutdown: open connections are ended, as in a restart of the server
    stop: () => stopChild(child, "SIGINT"),
  };
  await service.start();
  return service;
}

export interface RedisService {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(bin: Binaries, dir: string, port: number): Promise<RedisService> {
  fs.mkdirSync(dir, { recursive: true });
  let child: ChildProcess | null = null;
  const service: RedisService = {
    url: `redis://localhost:${port}`,
    async start() {
      child = spawn(bin.redis, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
      await waitFor("Redis", () => pingRedis(port), child);
    },
    stop: () => stopChild(child, "SIGTERM"),
  };
  await service.start();
  return service;
}

/** A PING over a plain socket (Redis's inline protocol), so waiting for Redis needs no client. */
async function pingRedis(port: number): Promise<boolean> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
    socket.on("data", (d) => (socket.destroy(), resolve(d.toString().startsWith("+PONG"))));
    socket.on("error", () => resolve(false));
  });
}

export interface NginxService {
  url: string;
  stop(): Promise<void>;
}

/**
 * nginx with the repository's site configuration (deploy/nginx/tarjuma.conf), its upstreams, port and
 * cache folder put in, inside a minimal main configuration that keeps everything in `dir`.
 */
export async function startNginx(bin: Binaries, dir: string, port: number, upstreams: string[]): Promise<NginxService> {
  if (!bin.nginx) throw new Error("nginx is not installed");
  fs.mkdirSync(path.join(dir, "cache"), { recursive: true });
  const site = fs
    .readFileSync("deploy/nginx/tarjuma.conf", "utf8")
    .replace(/^\s*server 127\.0\.0\.1:300\d[^\n]*\n/gm, "")
    .replace("upstream tarjuma {", `upstream tarjuma {\n${upstreams.map((u) => `    server ${u} max_fails=0;`).join("\n")}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/\/var\/cache\/nginx\/tarjuma/g, path.join(dir, "cache"));
  fs.writeFileSync(path.join(dir, "tarjuma.conf"), site);
  const main = [
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    ...(asRoot ? ["user nobody nogroup;"] : []),
    "events { worker_connections 1024; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${path.join(dir, `${t}-temp`)};`),
    `  include ${path.join(dir, "tarjuma.conf")};`,
    "}",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "nginx.conf"), main);
  if (asRoot) spawnSync("chown", ["-R", "nobody", dir]);
  const child = spawn(bin.nginx, ["-c", path.join(dir, "nginx.conf"), "-p", dir, "-e", path.join(dir, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const url = `http://localhost:${port}`;
  try {
    await waitFor("nginx", async () => (await fetch(`${url}/nginx-health`)).ok, child, 15_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}: ${stderr}`);
  }
  return { url, stop: () => stopChild(child, "SIGQUIT") };
}

/** A temporary folder for the services' data, readable by the users they run as. */
export function servicesDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-services-"));
  fs.chmodSync(dir, 0o755);
  return dir;
}
