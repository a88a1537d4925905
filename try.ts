import { readGlossaryFile, ImportFileError } from "./lib/import/read";
for (const f of process.argv.slice(2)) {
  const [file, langs] = f.split("@");
  try {
    const g = await readGlossaryFile(file!, { languages: langs?.split(",") });
    console.log("==", file, g.format, JSON.stringify(g.terms, null, 0).slice(0, 1500), g.sources.map((s) => s.key), g.report.lines(), g.report.notes);
  } catch (e) {
    if (e instanceof ImportFileError) console.log("==", file, "ERROR", e.problems);
    else throw e;
  }
}
