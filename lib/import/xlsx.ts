import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Row } from "./tabular";

/**
 * XLSX workbooks through exceljs: read with its streaming reader (the first sheet, row by row,
 * under the same header rules as CSV), written with its streaming writer (one sheet, this
 * project's table). A cell's value is its text: rich text joined, a formula's result, a date as
 * YYYY-MM-DD, a number as written.
 */

export class XlsxError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

type CellValue = ExcelJS.CellValue;

/** The text of a cell value, or an error naming what is wrong with it. */
function cellText(value: CellValue): string | { error: string } {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as CellValue);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text as CellValue);
  return String(value);
}

const columnName = (n: number) => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** The rows of the workbook's first sheet; a cell holding an error (#REF!, #N/A) names its row and column. */
export async function readXlsxRows(input: Readable): Promise<Row[]> {
  const rows: Row[] = [];
  const problems: string[] = [];
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", entries: "ignore" });
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = (row.values as CellValue[]).slice(1);
        const cells = values.map((v, i) => {
          const text = cellText(v);
          if (typeof text === "string") return text;
          problems.push(`row ${row.number}: cell ${columnName(i + 1)}${row.number} holds the error ${text.error}`);
          return "";
        });
        if (cells.some((c) => c.trim())) rows.push({ line: row.number, cells: Array.from(cells, (c) => c ?? "") });
      }
      break; // the first sheet only
    }
  } catch (error) {
    throw new XlsxError([`not a readable XLSX workbook (${(error as Error).message})`]);
  }
  if (problems.length) throw new XlsxError(problems);
  return rows;
}

/** Writes rows as a workbook with one sheet, to a file or a stream. */
export async function writeXlsx(rows: Iterable<string[]>, target: { filename: string } | { stream: NodeJS.WritableStream }): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useSharedStrings: false, useStyles: false } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  const sheet = workbook.addWorksheet("Glossary");
  for (const row of rows) {
    if (row.some((c) => c.length > 32_767)) throw new XlsxError([`a cell of ${row[0] || "a row"} is longer than XLSX allows (32,767 characters)`]);
    sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
}
