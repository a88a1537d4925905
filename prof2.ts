const { readGlossaryFile } = await import("./lib/import/read");
let t = performance.now();
console.log("start", Math.round(process.memoryUsage().rss / 1e6), "MB");
const g = await readGlossaryFile(process.argv[2]!, {});
console.log("read", Math.round(performance.now() - t), "ms", Math.round(process.memoryUsage().rss / 1e6), "MB", g.terms.length);
export {};
