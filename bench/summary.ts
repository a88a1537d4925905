/**
 * The last step of `npm run bench`: one table of every figure the benchmarks measured, against its
 * aim, written to bench/results/latest.json; the README's import figures are written here too, from
 * bench/results/import.json (between its bench:import markers), never by hand.
 */
import fs from "node:fs";

const read = (name: string) => JSON.parse(fs.readFileSync(`bench/results/${name}.json`, "utf8"));
const matcher = read("matcher");
const search = read("search");
const pages = read("pages");
const lighthouse = read("lighthouse");
const imported = read("import");

const rows: { figure: string; measured: string; aim: string }[] = [
  { figure: "page throughput, next start / bare Node", measured: `${pages.nextRequestsPerSecond} / ${pages.bareRequestsPerSecond} req/s = ${pages.ratio}`, aim: "≥ 0.10" },
  { figure: "matcher build, 15,000 names", measured: `${matcher.buildMs} ms`, aim: "< 150 ms" },
  { figure: "matcher, 1 MB of text", measured: `${matcher.match1mbMs} ms`, aim: "< 250 ms" },
  { figure: "matcher, 100 KB → 1 MB", measured: `× ${matcher.growth100kbTo1mb}`, aim: "× 10 (linear)" },
  { figure: "matcher against one regex per name (10 KB)", measured: `× ${matcher.speedupOver10kb}`, aim: "≥ × 20" },
  { figure: "JavaScript over a bare Next.js + next-intl page", measured: `${(pages.javascriptOverBare / 1000).toFixed(1)} KB`, aim: "≤ 12 KB" },
  { figure: "click to visible card, CPU × 4 (median)", measured: `${pages.clickToCardMedianMs} ms`, aim: "< 50 ms" },
  {
    figure: `import of a ${imported.fileMb} MB TBX (${imported.concepts} concepts): time`,
    measured: `${imported.seconds} s (CPU ${imported.cpuSeconds} s, load ${imported.loadAverage} on ${imported.cores} cores)`,
    aim: `< ${imported.aim.seconds} s`,
  },
  { figure: "the same import: peak memory of the process", measured: `${imported.peakRssMb} MB`, aim: `< ${imported.aim.peakRssMb} MB` },
  ...search.queries.map((q: { kind: string; p50: number; p95: number }) => ({ figure: `search at 15,000 terms: ${q.kind}`, measured: `p50 ${q.p50} ms, p95 ${q.p95} ms`, aim: "a few ms" })),
  ...Object.entries(lighthouse.scores as Record<string, Record<string, number>>).map(([page, s]) => ({
    figure: `Lighthouse ${page}`,
    measured: `perf ${s.performance}, a11y ${s.accessibility}, best ${s["best-practices"]}, SEO ${s.seo}`,
    aim: "a11y 100",
  })),
];
console.table(rows);
fs.writeFileSync("bench/results/latest.json", JSON.stringify({ date: new Date().toISOString(), matcher, search, imported, pages, lighthouse }, null, 2) + "\n");

/** The README's paragraph on the import benchmark, from its latest run. */
const importFigures = `**Glossary import** (\`npm run bench:import\`, latest run in \`bench/results/import.json\`): a
TBX-Basic file of ${imported.fileMb} MB with ${imported.concepts.toLocaleString("en")} concepts (six languages each, with change
history, definitions with sources, contexts and term notes, as terminology tools export them),
imported by \`npm run glossary -- import\` into a database holding the seed glossary: ${imported.seconds} s wall,
${imported.cpuSeconds} s of CPU and a peak of ${imported.peakRssMb} MB resident memory for the import process (aims: under
${imported.aim.seconds} s and ${imported.aim.peakRssMb} MB), on ${imported.cores} cores under a load average of ${imported.loadAverage}.`;
const readme = fs.readFileSync("README.md", "utf8");
const marked = /(<!-- bench:import -->\n)[\s\S]*?(\n<!-- \/bench:import -->)/;
if (!marked.test(readme)) throw new Error("README.md has no <!-- bench:import --> ... <!-- /bench:import --> block");
fs.writeFileSync("README.md", readme.replace(marked, (_, open: string, close: string) => `${open}${importFigures}${close}`));
