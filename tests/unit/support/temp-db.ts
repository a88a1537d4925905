import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh folder for a temporary SQLite file; removed by the returned cleanup. */
export function tempDbPath(name = "test.db"): { file: string; url: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-"));
  const file = path.join(dir, name);
  return { file, url: `file:${file}`, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
