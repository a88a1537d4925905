/**
 * npm run bench:maps — what locator maps cost a fresh server process: reading the atlas and drawing
 * the first map (cold), then the article page's card maps (shared bases) and every place's entry
 * map, for the places of the glossary files. Each measurement runs in a process of its own, so
 * every "cold" figure is truly cold. Writes bench/results/maps.json.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

const RUNS = Number(process.env.RUNS ?? 3);

if (process.argv[2] === "--child") {
  const { loadSeedData } = await import("../prisma/seed");
  const { locatorMap, sharedLocatorMaps } = await import("../lib/geo/locator-map");
  const { loadWorld } = await import("../lib/geo/world");
  const { terms } = loadSeedData();
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const countryOf = (slug: string): string | null => {
    const t = bySlug.get(slug);
    return t?.place?.iso3166 ?? (t?.place?.partOf ? countryOf(t.place.partOf) : null);
  };
  const requests = terms.flatMap((t) =>
    t.place ? [{ lat: t.place.lat, lon: t.place.lon, country: countryOf(t.slug), frame: t.place.iso3166 ? ("country" as const) : ("region" as const) }] : [],
  );
  const start = performance.now();
  locatorMap(loadWorld(), { ...requests[0]!, simplify: 3 });
  const cold = performance.now() - start;
  const cards = performance.now();
  sharedLocatorMaps(loadWorld(), requests.slice(0, 11), { width: 160, height: 120 }, 6);
  const cardsMs = performance.now() - cards;
  const entries = performance.now();
  for (const r of requests) locatorMap(loadWorld(), { ...r, simplify: 3 });
  const entryMs = (performance.now() - entries) / requests.length;
  console.log(JSON.stringify({ coldFirstMapMs: Math.round(cold), elevenCardMapsMs: Math.round(cardsMs), entryMapMs: Math.round(entryMs), places: requests.length }));
} else {
  const runs = Array.from({ length: RUNS }, () => {
    const child = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/maps.ts", "--child"], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Record<string, number>;
  });
  const median = (key: string) => runs.map((r) => r[key]!).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
    runs: runs.length,
    coldFirstMapMs: median("coldFirstMapMs"),
    elevenCardMapsMs: median("elevenCardMapsMs"),
    entryMapMs: median("entryMapMs"),
    places: runs[0]!.places,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/maps.json", JSON.stringify(result, null, 2) + "\n");
  console.log(result);
}
