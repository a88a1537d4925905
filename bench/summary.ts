/**
 * The last step of `npm run bench`: one table of every figure the benchmarks measured, against its
 * aim, written to bench/results/latest.json, and the README's page, JavaScript, phone,
 * offline edition and Lighthouse figures rewritten from the results (between <!-- bench:NAME --> markers), so no figure there is
 * typed by hand.
 */
import fs from "node:fs";

const read = (name: string) => JSON.parse(fs.readFileSync(`bench/results/${name}.json`, "utf8"));
const matcher = read("matcher");
const search = read("search");
const pages = read("pages");
const phone = read("phone");
const lighthouse = read("lighthouse");
const searchPostgres = read("search-postgresql");
const scale = read("scale");
const offline = read("offline");
const imported = read("import");

interface PhonePage {
  page: string;
  path: string;
  layoutShift: number;
  bytes: number;
  javascriptBytes: number;
  fontBytes: number;
  fontFiles: string[];
  serviceWorkerBytes: number;
}
interface OfflineEdition {
  path: string;
  bytes: number;
}
type Scores = Record<string, number>;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ok = (pass: boolean) => (pass ? "" : " ✗");

const rows: { figure: string; measured: string; aim: string }[] = [
  { figure: "page throughput, next start / bare Node", measured: `${pages.nextRequestsPerSecond} / ${pages.bareRequestsPerSecond} req/s = ${pages.ratio}`, aim: "≥ 0.10" },
  { figure: "matcher build, 15,000 names", measured: `${matcher.buildMs} ms`, aim: "< 150 ms" },
  { figure: "matcher, 1 MB of text", measured: `${matcher.match1mbMs} ms`, aim: "< 250 ms" },
  { figure: "matcher, 100 KB → 1 MB", measured: `× ${matcher.growth100kbTo1mb}`, aim: "× 10 (linear)" },
  { figure: "matcher against one regex per name (10 KB)", measured: `× ${matcher.speedupOver10kb}`, aim: "≥ × 20" },
  { figure: "JavaScript over a bare Next.js + next-intl page", measured: `${(pages.javascriptOverBare / 1000).toFixed(1)} KB${ok(pages.javascriptOverBare <= 12_000)}`, aim: "≤ 12 KB" },
  { figure: "click to visible card, CPU × 4 (median)", measured: `${pages.clickToCardMedianMs} ms`, aim: "< 50 ms" },
  {
    figure: `import of a ${imported.fileMb} MB TBX (${imported.concepts} concepts): time`,
    measured: `${imported.seconds} s (CPU ${imported.cpuSeconds} s, load ${imported.loadAverage} on ${imported.cores} cores)`,
    aim: `< ${imported.aim.seconds} s`,
  },
  { figure: "the same import: peak memory of the process", measured: `${imported.peakRssMb} MB`, aim: `< ${imported.aim.peakRssMb} MB` },
  ...search.queries.map((q: { kind: string; p50: number; p95: number }) => ({ figure: `search at 15,000 terms: ${q.kind}`, measured: `p50 ${q.p50} ms, p95 ${q.p95} ms`, aim: "a few ms" })),
  ...searchPostgres.queries.map((q: { kind: string; p50: number; p95: number }) => ({ figure: `search at 15,000 terms on PostgreSQL: ${q.kind}`, measured: `p50 ${q.p50} ms, p95 ${q.p95} ms`, aim: "a few ms" })),
  { figure: "article page through nginx / bare Node, same gzipped bytes", measured: `${scale.requestsPerSecond.nginx} / ${scale.requestsPerSecond.bare} req/s = ${scale.nginxOverBare}`, aim: "≥ 0.8" },
  { figure: "article page, one instance (PostgreSQL + Redis)", measured: `${scale.requestsPerSecond.oneInstance} req/s`, aim: "-" },
  { figure: "article page, two instances at once (one machine)", measured: `${scale.requestsPerSecond.twoInstances} req/s (× ${scale.twoOverOne})`, aim: "-" },
  ...(phone.pages as PhonePage[]).flatMap((p) => [
    { figure: `phone: ${p.page}, layout shift`, measured: `${p.layoutShift}${ok(p.layoutShift <= phone.goals.layoutShift)}`, aim: `≤ ${phone.goals.layoutShift}` },
    {
      figure: `phone: ${p.page}, transferred (JavaScript)`,
      measured: `${kb(p.bytes)} (${kb(p.javascriptBytes)})${ok(p.bytes <= phone.goals.bytes && p.javascriptBytes <= phone.goals.javascriptBytes)}`,
      aim: `≤ ${kb(phone.goals.bytes)} (≤ ${kb(phone.goals.javascriptBytes)})`,
    },
  ]),
  ...(offline.offlineEdition.editions as OfflineEdition[]).map((e) => ({
    figure: `offline edition: ${e.path}`,
    measured: `${kb(e.bytes)}${ok(e.bytes <= offline.offlineEdition.limit)}`,
    aim: `≤ ${kb(offline.offlineEdition.limit)}`,
  })),
  ...Object.entries(lighthouse.scores as Record<string, Scores>).map(([page, s]) => ({
    figure: `Lighthouse ${page}`,
    measured: `perf ${s.performance}${ok(s.performance! >= 90)}, a11y ${s.accessibility}${ok(s.accessibility === 100)}, best ${s["best-practices"]}, SEO ${s.seo}`,
    aim: "perf ≥ 90, a11y 100",
  })),
];
console.log(`Phone figures: ${phone.emulation.name}; Lighthouse ${lighthouse.lighthouse}, ${lighthouse.preset} preset.`);
console.table(rows);
fs.writeFileSync("bench/results/latest.json", JSON.stringify({ date: new Date().toISOString(), matcher, search, searchPostgres, imported, pages, scale, phone, lighthouse, offline }, null, 2) + "\n");

// the README's tables, from these results
const maps = read("maps");
const bytes = read("article-bytes");
const thousands = (n: number) => n.toLocaleString("en");
const tables: Record<string, string> = {
  scale: [
    `| server (${scale.page}, ${thousands(scale.compressedBytes)} bytes gzipped, ${scale.connections} connections, ${scale.seconds} s) | requests/s |`,
    "|---|---|",
    `| bare Node HTTP server sending the same compressed bytes from memory | ${thousands(scale.requestsPerSecond.bare)} |`,
    `| nginx in front of two instances (its cache) | ${thousands(scale.requestsPerSecond.nginx)} (${scale.nginxOverBare} of bare Node; aim ≥ 0.8) |`,
    `| one instance alone (\`next start\`, PostgreSQL + Redis) | ${thousands(scale.requestsPerSecond.oneInstance)} |`,
    `| two instances at once, ${scale.connections / 2} connections each | ${thousands(scale.requestsPerSecond.twoInstances)} (× ${scale.twoOverOne} of one: both share one machine's cores) |`,
    "",
    `| search on PostgreSQL, ${thousands(searchPostgres.terms)} terms (${thousands(searchPostgres.searchKeys)} keys) | p50 | p95 |`,
    "|---|---|---|",
    ...(searchPostgres.queries as { kind: string; p50: number; p95: number }[]).map((q) => `| ${q.kind} | ${q.p50} ms | ${q.p95} ms |`),
  ].join("\n"),
  maps: [
    `Maps (medians of ${maps.runs} fresh processes, ${maps.machine}, ${maps.date}): the first map ${maps.coldFirstMapMs} ms, the article's card maps ${maps.elevenCardMapsMs} ms, an entry's map ${maps.entryMapMs} ms.`,
    "",
    "| article page | size | gzipped | of which maps (SVG) |",
    "|---|---|---|---|",
    ...(bytes.pages as { path: string; bytes: number; gzipBytes: number; svgBytes: number; maps: number }[]).map(
      (p) => `| \`${p.path}\` | ${kb(p.bytes)} | ${kb(p.gzipBytes)} | ${kb(p.svgBytes)} in ${p.maps} maps |`,
    ),
  ].join("\n"),
  phone: [
    "| page | layout shift | transferred | of which JavaScript | of which the service worker | fonts |",
    "|---|---|---|---|---|---|",
    ...(phone.pages as PhonePage[]).map(
      (p) =>
        `| \`${p.path}\` | ${p.layoutShift} | ${kb(p.bytes)} | ${kb(p.javascriptBytes)} | ${kb(p.serviceWorkerBytes)} | ${kb(p.fontBytes)} in ${p.fontFiles.length} file${p.fontFiles.length === 1 ? "" : "s"} |`,
    ),
    `| goal | ≤ ${phone.goals.layoutShift} | ≤ ${kb(phone.goals.bytes)} | ≤ ${kb(phone.goals.javascriptBytes)} | | |`,
  ].join("\n"),
  offline: [
    "| offline edition | size |",
    "|---|---|",
    ...(offline.offlineEdition.editions as OfflineEdition[]).map((e) => `| \`${e.path}\` | ${kb(e.bytes)} |`),
    `| goal | ≤ ${kb(offline.offlineEdition.limit)} |`,
  ].join("\n"),
  lighthouse: [
    "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | load |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...Object.entries(lighthouse.scores as Record<string, Scores>).map(
      ([page, s]) => `| \`${page}\` | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${s.fcpMs} ms | ${s.lcpMs} ms | ${s.tbtMs} ms | ${s.cls} | ${s.load ?? "?"} |`,
    ),
  ].join("\n"),
  import: `A ${imported.fileMb} MB TBX file (${imported.concepts} concepts): ${imported.seconds} s (${imported.cpuSeconds} s of CPU), peak memory ${imported.peakRssMb} MB, on ${imported.cores} cores at a load of ${imported.loadAverage} (aim: under ${imported.aim.seconds} s and ${imported.aim.peakRssMb} MB).`,
  pages: `${pages.nextRequestsPerSecond} against ${pages.bareRequestsPerSecond} requests/s, a ratio of ${pages.ratio}. The page is ${kb(pages.pageBytes)} before compression (${kb(pages.pageBytesGzip)} gzipped).`,
  javascript: [
    `JavaScript sent by the article page: ${kb(pages.javascriptBytesCompressed)} compressed, against ${kb(pages.bareNextJavascriptBytesCompressed)} for a bare Next.js + next-intl page with one client component built the same way (\`bench/bare-app\`): ${kb(Math.abs(pages.javascriptOverBare))} ${pages.javascriptOverBare >= 0 ? "more" : "less"}.`,
    `From a click to a placed, visible card with the CPU slowed 4x in Chromium: median ${pages.clickToCardMedianMs} ms, slowest of 15 clicks ${pages.clickToCardMaxMs} ms.`,
  ].join(" "),
};
let readme = fs.readFileSync("README.md", "utf8");
for (const [name, text] of Object.entries(tables)) {
  const pattern = new RegExp(`(<!-- bench:${name} -->)[\\s\\S]*?(<!-- /bench:${name} -->)`);
  if (!pattern.test(readme)) throw new Error(`README.md has no <!-- bench:${name} --> … <!-- /bench:${name} --> block`);
  readme = readme.replace(pattern, (_, open: string, close: string) => `${open}\n${text}\n${close}`);
}
fs.writeFileSync("README.md", readme);
console.log("README.md: page, JavaScript, maps, import, scale, phone, offline edition and Lighthouse figures rewritten from bench/results.");
