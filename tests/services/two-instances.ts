import { randomBytes } from "node:crypto";
import en from "../../messages/en.json" with { type: "json" };
import { freePort, startServer } from "../../scripts/serve";
import { formFields } from "../support/form-fields";
import { runScript } from "../support/run-script";
import { startNginx, type Binaries, type PostgresService, type RedisService } from "./services";

/**
 * Two instances of the built app (`next start`) against one PostgreSQL and one Redis, nginx in
 * front, as docs/deploy.md sets them up:
 * - a change saved through instance A is on instance B's page, and through nginx, within seconds;
 * - public pages carry headers a shared cache may keep; the editor's do not;
 * - a session made on A works on B (sessions are in the database), and a form one instance
 *   rendered is posted to the other (the server actions' shared encryption key);
 * - Redis stopped: both instances keep serving and saving; started again: B catches up;
 * - PostgreSQL restarted: static pages never fail, the search answers 503 with a reason while it
 *   is down, and both come back without restarting the app.
 */
export async function twoInstances({ bin, dir, pg, redis }: { bin: Binaries; dir: string; pg: PostgresService; redis: RedisService }) {
  let passes = 0;
  let failures = 0;
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
    if (ok) passes++;
    else failures++;
  };
  const url = await pg.database("tarjuma_scale");
  const setup = runScript("db-setup", [], url);
  check(setup.status === 0, `the PostgreSQL database is migrated and seeded ${setup.status === 0 ? "" : setup.stderr}`);
  const nginxPort = Number(process.env.NGINX_PORT ?? (await freePort()));
  // the same server actions' key on every instance (docs/deploy.md), as the same build is
  const env = {
    DATABASE_URL: url,
    REDIS_URL: redis.url,
    FRONT_CACHE_URLS: `http://localhost:${nginxPort}`,
    SHARED_CACHE_POLL_MS: "500",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  const a = await startServer(env);
  const b = await startServer(env);
  const front = await startNginx(bin, `${dir}/nginx`, nginxPort, [a.url.replace("http://", ""), b.url.replace("http://", "")]);
  const page = "/en/glossary/maymay";
  const text = async (base: string, path = page) => {
    const r = await fetch(`${base}${path}`);
    return { status: r.status, body: await r.text(), headers: r.headers };
  };
  /** Waits until `base`'s page holds `wanted`; the seconds it took, or null after `ms`. */
  const seenWithin = async (base: string, wanted: string, ms = 10_000) => {
    const started = Date.now();
    while (Date.now() - started < ms) {
      if ((await text(base)).body.includes(wanted)) return (Date.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 200));
    }
    return null;
  };
  try {
    const password = "a long services password";
    check(runScript("editor", ["add", "scale-editor"], url, `${password}\n`).status === 0, "an editor account was added");
    // the editor's forms, posted as a browser without JavaScript posts them (server actions: React
    // writes the action's id into hidden inputs); a fresh connection each time, since a kept-alive
    // one the server closed while a script ran fails a POST
    const submit = async (base: string, pagePath: string, html: string, change: Record<string, string>, cookie = "") => {
      const body = new FormData();
      for (const [k, v] of Object.entries({ ...(await formFields(html, "form.editor-form")), ...change })) body.append(k, v);
      return fetch(`${base}${pagePath}`, { method: "POST", redirect: "manual", headers: { Origin: base, Cookie: cookie, Connection: "close" }, body });
    };
    const signInForm = await fetch(`${a.url}/en/editor/sign-in`).then((r) => r.text());
    const signedIn = await submit(a.url, "/en/editor/sign-in", signInForm, { name: "scale-editor", password });
    const session = signedIn.headers.getSetCookie().find((c) => c.startsWith("tarjuma_session="))?.split(";")[0] ?? "";
    check(session.startsWith("tarjuma_session=") && session.length > 30, `the editor signed in on instance A (${signedIn.status})`);
    const onB = await fetch(`${b.url}/en/editor`, { headers: { Cookie: session }, redirect: "manual" });
    check(onB.status === 200, `the session made on A is valid on B (${onB.status})`);

    // the term's form as instance B renders it, posted to instance A
    const termForm = await fetch(`${b.url}/en/editor/terms/maymay`, { headers: { Cookie: session } }).then((r) => r.text());
    const save = async (definition: string) => {
      const response = await submit(a.url, "/en/editor/terms/maymay", termForm, { "definitions.en.text": definition }, session);
      const body = await response.text();
      return { status: response.status, saved: body.includes(en.Editor.status.saved) };
    };

    // every instance and the front cache have served the page once
    for (const base of [a.url, b.url, front.url, front.url]) check((await text(base)).status === 200, `${base} serves ${page}`);
    const publicPage = await text(front.url);
    check(/s-maxage=\d+/.test(publicPage.headers.get("cache-control") ?? "") && /stale-while-revalidate=\d+/.test(publicPage.headers.get("cache-control") ?? ""), `a public page may be kept by a shared cache (${publicPage.headers.get("cache-control")})`);
    check(publicPage.headers.get("x-cache") === "HIT", `nginx served it from its cache (${publicPage.headers.get("x-cache")})`);
    const editorPage = await fetch(`${front.url}/en/editor`, { headers: { Cookie: session } });
    check(!/public|s-maxage/.test(editorPage.headers.get("cache-control") ?? "") && editorPage.headers.get("x-cache") !== "HIT", `the editor's pages are never kept (${editorPage.headers.get("cache-control")})`);

    const first = "Saved on instance A, read on instance B.";
    const saved = await save(first);
    check(saved.status === 200 && saved.saved, `a change is saved through instance A, with the form instance B rendered (${saved.status})`);
    // stale-while-revalidate: the first request after the change starts a new render, a later one gets it
    const onOther = await seenWithin(b.url, first);
    check(onOther !== null && onOther < 15, `instance B's page shows it within 15 s (${onOther ?? "never"} s)`);
    const throughFront = await seenWithin(front.url, first);
    check(throughFront !== null && throughFront < 15, `nginx's copy shows it within 15 s (${throughFront ?? "never"} s)`);

    console.log("   Redis stopped");
    await redis.stop();
    for (const base of [a.url, b.url]) check((await text(base)).status === 200, `${base} still serves pages without Redis`);
    const second = "Saved while Redis was away.";
    const savedAway = await save(second);
    check(savedAway.status === 200 && savedAway.saved, `a change is saved through A while Redis is away (${savedAway.status})`);
    check((await seenWithin(a.url, second)) !== null, "instance A's own page shows it");
    check((await text(b.url)).status === 200, "instance B keeps serving its own copy meanwhile");
    await redis.start();
    const caughtUp = await seenWithin(b.url, second, 15_000);
    check(caughtUp !== null, `instance B catches up once Redis is back (${caughtUp ?? "never"} s)`);

    console.log("   PostgreSQL restarted");
    await pg.stop();
    const failed: string[] = [];
    for (const path of ["/en/articles/dushanbe-reinforces-border", "/fa/glossary", page, "/ru", "/tg/glossary/jurm", "/ru/articles/dushanbe-reinforces-border/parallel/en"]) {
      for (const base of [a.url, b.url]) {
        const status = (await text(base, path)).status;
        if (status !== 200) failed.push(`${base}${path}: ${status}`);
      }
    }
    check(failed.length === 0, `static pages never fail while PostgreSQL is down, on either instance (${failed.join(", ") || "all 200"})`);
    const search = await fetch(`${a.url}/api/glossary?q=taliban`);
    const reason = ((await search.json().catch(() => ({}))) as { error?: string }).error ?? "";
    check(search.status === 503 && /not available/.test(reason), `the search API answers 503 with a reason (${search.status} ${reason})`);
    const searchPage = await text(b.url, "/en/glossary?q=taliban");
    check(searchPage.status === 503 && searchPage.body.includes(en.Unavailable.missing), `the search page answers 503 with a localized reason (${searchPage.status})`);
    await pg.start();
    let back = false;
    for (let i = 0; i < 50 && !back; i++) {
      back = (await fetch(`${a.url}/api/glossary?q=taliban`)).status === 200 && (await fetch(`${b.url}/en/glossary?q=taliban`)).status === 200;
      if (!back) await new Promise((r) => setTimeout(r, 200));
    }
    check(back, "search comes back on both instances without restarting them");
    const third = "Saved after PostgreSQL came back.";
    const savedBack = await save(third);
    check(savedBack.status === 200 && savedBack.saved && (await seenWithin(b.url, third)) !== null, "saving works again, and B shows it");
  } finally {
    await front.stop();
    await a.stop();
    await b.stop();
  }
  return { passes, failures };
}
