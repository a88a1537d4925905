import fs from "node:fs";
import path from "node:path";
import { CsvError, readCsvRows } from "./csv";
import { decodeStream, FileEncodingError } from "./decode";
import { ConceptFinisher, GlossaryFileError, sourceFromReference, type FileConcept, type GlossaryFile, type ParsedGlossary } from "./entries";
import type { SourceFile } from "./glossary-schema";
import { ReadReport } from "./report";
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

/**
 * The largest file an import reads: TBX is read as a stream (200 MiB); a table is read whole
 * before its rows are mapped (CSV and TSV 16 MiB, XLSX 8 MiB, which unpacks to several times that),
 * within the import command's 256 MB heap.
 */
export const MAX_IMPORT_BYTES = { tbx: 200 * 2 ** 20, csv: 16 * 2 ** 20, tsv: 16 * 2 ** 20, xlsx: 8 * 2 ** 20 } as const;

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
  maxBytes?: number;
  /** How many concepts are handed over at a time (default 500) */
  batchSize?: number;
}

/** What a file says besides its concepts, known once it has been read to the end. */
export interface FileSummary {
  format: string;
  /** The sources the file describes (TBX back matter, the table's sources column) */
  sources: SourceFile[];
  /** Keys of sources the file cites by reference only, with the reference's text */
  references: Map<string, string>;
  /** The file cites sources by key only: a key it does not describe must be stored already */
  sourcesAreKeys: boolean;
  report: ReadReport;
}

const chunksOf = (file: string) => fs.createReadStream(file, { highWaterMark: 1 << 20 });

/**
 * Reads a glossary file as a stream, handing its concepts over a batch at a time while it reads
 * (`onBatch` is awaited before reading on), so a large file is never held whole. Every problem in
 * the file is collected: after the first, no more batches are handed over, the rest is still read
 * for its problems, and ImportFileError lists them all at the end.
 */
export async function streamGlossaryFile(file: string, options: ReadOptions, onBatch: (concepts: FileConcept[]) => Promise<void>): Promise<FileSummary> {
  const kind = fileKind(file);
  if (!kind) throw new ImportFileError(["unknown file type; use .tbx, .xml, .csv, .tsv or .xlsx"]);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new ImportFileError(["no such file"]);
  }
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES[kind];
  if (size > limit) throw new ImportFileError([`the file is ${(size / 2 ** 20).toFixed(1)} MiB; the limit is ${(limit / 2 ** 20).toFixed(0)} MiB (split it, or import it in parts)`]);
  const report = new ReadReport();
  const batchSize = options.batchSize ?? 500;
  let pending: FileConcept[] = [];
  const flush = async (force: boolean) => {
    if (pending.length === 0 || (!force && pending.length < batchSize)) return;
    const batch = pending;
    pending = [];
    if (finisher.problems.length === 0) await onBatch(batch);
  };
  let finisher = new ConceptFinisher(report);
  try {
    let parsed: ParsedGlossary;
    if (kind === "tbx") {
      parsed = await readTbx(decodeStream(chunksOf(file)), {
        onEntry: (entry) => {
          const concept = finisher.finish(entry);
          if (concept) pending.push(concept);
        },
        afterChunk: () => flush(false),
        report,
        problems: finisher.problems,
      });
    } else {
      const rows = kind === "xlsx" ? await readXlsxRows(chunksOf(file)) : await readCsvRows(decodeStream(chunksOf(file)), { tsv: kind === "tsv" });
      parsed = readTable(rows, { languages: options.languages, format: kind.toUpperCase(), report });
      finisher = new ConceptFinisher(report, parsed.sourcesAreKeys, [...parsed.problems]);
      for (const entry of parsed.entries) {
        const concept = finisher.finish(entry);
        if (concept) pending.push(concept);
        await flush(false);
      }
    }
    await flush(true);
    if (finisher.problems.length > 0) throw new GlossaryFileError(finisher.problems);
    return { format: parsed.format, sources: parsed.sources, references: finisher.references, sourcesAreKeys: Boolean(parsed.sourcesAreKeys), report };
  } catch (error) {
    if (error instanceof XmlError || error instanceof FileEncodingError) throw new ImportFileError([error.message]);
    if (error instanceof CsvError || error instanceof TableError || error instanceof XlsxError || error instanceof GlossaryFileError) throw new ImportFileError(error.problems);
    throw error;
  }
}

/** A whole file at once (small files and tests): its concepts, and its sources with those made from references. */
export async function readGlossaryFile(file: string, options: ReadOptions = {}): Promise<GlossaryFile> {
  const concepts: FileConcept[] = [];
  const summary = await streamGlossaryFile(file, options, async (batch) => void concepts.push(...batch));
  const described = new Set(summary.sources.map((s) => s.key));
  const made = [...summary.references].filter(([key]) => !described.has(key)).map(([key, text]) => sourceFromReference(key, text));
  return {
    format: summary.format,
    sources: [...summary.sources, ...made],
    terms: concepts.map((c) => c.term),
    slugFrom: new Map(concepts.map((c) => [c.term.slug, c.slugFrom])),
    where: new Map(concepts.map((c) => [c.term.slug, c.where])),
    report: summary.report,
  };
}
