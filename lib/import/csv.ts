import { parse, CsvError as ParseError } from "csv-parse";
import type { Row } from "./tabular";

/**
 * CSV and TSV through csv-parse, streaming: RFC 4180 quoting, quotes inside unquoted fields taken
 * as text, rows of any length. The delimiter is a tab for .tsv files; otherwise the first line
 * decides between comma, semicolon (as European spreadsheets save CSV) and tab.
 */

export class CsvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

function delimiterOf(firstLine: string, tsv: boolean): string {
  if (tsv) return "\t";
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const [best] = [",", ";", "\t"].map((ch) => [ch, count(ch)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

/** The rows of a CSV or TSV text stream, each with the line it starts on; a broken row names its line. */
export async function readCsvRows(chunks: AsyncIterable<string>, options: { tsv?: boolean } = {}): Promise<Row[]> {
  const rows: Row[] = [];
  let parser: ReturnType<typeof parse> | null = null;
  let lastLine = 0;
  let failure: Error | null = null;
  const done = new Promise<void>((resolve) => {
    const start = (text: string) => {
      parser = parse({ delimiter: delimiterOf(text.split("\n", 1)[0]!, options.tsv ?? false), info: true, relax_quotes: true, relax_column_count: true, bom: true });
      parser.on("data", ({ record, info }: { record: string[]; info: { lines: number } }) => {
        const line = lastLine + 1;
        lastLine = info.lines;
        if (record.length === 1 && record[0]!.trim() === "") return;
        rows.push({ line, cells: record });
      });
      parser.on("error", (error) => {
        failure = error;
        resolve();
      });
      parser.on("end", () => resolve());
    };
    (async () => {
      for await (const chunk of chunks) {
        if (!parser) start(chunk);
        if (failure) break;
        if (!parser!.write(chunk)) await new Promise((r) => parser!.once("drain", r));
      }
      if (!parser) return resolve();
      parser.end();
    })().catch((error: Error) => {
      failure = error;
      resolve();
    });
  });
  await done;
  if (failure) {
    const error = failure as Error;
    if (error instanceof ParseError) {
      // the row that broke starts after the last one read whole
      if (error.code === "CSV_QUOTE_NOT_CLOSED") throw new CsvError([`line ${lastLine + 1}: a quoted field opened in this row is never closed`]);
      throw new CsvError([`line ${lastLine + 1}: ${error.message.replace(/^[A-Za-z ]+: /, "")}`]);
    }
    throw error;
  }
  return rows;
}

const quote = (value: string) => (/[",\n\r\t;]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);

/** Rows as CSV text (RFC 4180), one chunk per row. */
export function* csvChunks(rows: Iterable<string[]>): Generator<string> {
  for (const row of rows) yield row.map(quote).join(",") + "\n";
}
