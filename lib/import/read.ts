import fs from "node:fs";
import path from "node:path";
import { CsvError, readCsvRows } from "./csv";
import { decodeStream, FileEncodingError } from "./decode";
import { finishGlossary, GlossaryFileError, type GlossaryFile } from "./entries";
import { readTable, TableError } from "./tabular";
import { readTbx } from "./tbx-read";
import { readXlsxRows, XlsxError } from "./xlsx";
import { XmlError } from "./xml-stream";

/**
 * Reads a glossary file of any supported kind, by its extension, as a stream:
 * .tbx/.xml (TBX v3 or TBX 2), .csv, .tsv/.tab, .xlsx. A file over MAX_IMPORT_BYTES is refused
 * before anything is parsed. Every problem is reported with its place (line and column for XML,
 * line for CSV, row for XLSX, concept entry for TBX content), and nothing is returned half read.
 */

/** The largest file an import reads: 200 MiB (a 50 MB TBX of 6,500 concepts imports in seconds). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type FileKind = "tbx" | "csv" | "tsv" | "xlsx";

export function fileKind(file: string): FileKind | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".tbx" || ext === ".xml" ? "tbx" : ext === ".csv" ? "csv" : ext === ".tsv" || ext === ".tab" ? "tsv" : ext === ".xlsx" ? "xlsx" : null;
}

/** A problem with the file itself, listed one per line. */
export class ImportFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

export interface ReadOptions {
  /** For two-column tables without language codes: the languages of the two columns */
  languages?: readonly string[];
  /** Source keys already stored: a definition citing one of them is not given a new source */
  knownSourceKeys?: ReadonlySet<string>;
  maxBytes?: number;
}

const chunksOf = (file: string) => fs.createReadStream(file, { highWaterMark: 1 << 20 });

export async function readGlossaryFile(file: string, options: ReadOptions = {}): Promise<GlossaryFile> {
  const kind = fileKind(file);
  if (!kind) throw new ImportFileError(["unknown file type; use .tbx, .xml, .csv, .tsv or .xlsx"]);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new ImportFileError(["no such file"]);
  }
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (size > limit) throw new ImportFileError([`the file is ${(size / 2 ** 20).toFixed(1)} MiB; the limit is ${(limit / 2 ** 20).toFixed(0)} MiB (split it, or import it in parts)`]);
  try {
    const parsed =
      kind === "tbx"
        ? await readTbx(decodeStream(chunksOf(file)))
        : readTable(kind === "xlsx" ? await readXlsxRows(chunksOf(file)) : await readCsvRows(decodeStream(chunksOf(file)), { tsv: kind === "tsv" }), {
            languages: options.languages,
            format: kind.toUpperCase(),
          });
    return finishGlossary(parsed, options.knownSourceKeys ?? new Set());
  } catch (error) {
    if (error instanceof XmlError || error instanceof FileEncodingError) throw new ImportFileError([error.message]);
    if (error instanceof CsvError || error instanceof TableError || error instanceof XlsxError || error instanceof GlossaryFileError) throw new ImportFileError(error.problems);
    throw error;
  }
}
