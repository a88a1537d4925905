import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import type { Row } from "./tabular";

/**
 * XLSX workbooks through exceljs: the first sheet is read row by row under the same header rules
 * as CSV; the export is written with its streaming writer (one sheet, this project's table). A
 * cell's value is its text: rich text joined, a formula's result, a date as YYYY-MM-DD, a number as
 * written. The workbook is read whole (within the import size limit), not with exceljs's streaming
 * reader, which breaks characters that straddle two chunks (exceljs/exceljs#2084, still open).
 * exceljs is loaded when a workbook is read or written, not by every import (it is large).
 */

const excel = async () => (await import("exceljs")).default;

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
  const workbook = new (await excel()).Workbook();
  try {
    const parts: Buffer[] = [];
    for await (const chunk of input) parts.push(chunk as Buffer);
    await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxError([`not a readable XLSX workbook (${(error as Error).message})`]);
  }
  workbook.worksheets[0]?.eachRow((row) => {
    const values = (row.values as CellValue[]).slice(1);
    const cells = Array.from(values, (v, i) => {
      const text = cellText(v);
      if (typeof text === "string") return text;
      problems.push(`row ${row.number}: cell ${columnName(i + 1)}${row.number} holds the error ${text.error}`);
      return "";
    });
    if (cells.some((c) => c.trim())) rows.push({ line: row.number, cells });
  });
  if (problems.length) throw new XlsxError(problems);
  return rows;
}

/** Writes rows as a workbook with one sheet, to a file or a stream. */
export async function writeXlsx(rows: Iterable<string[]>, target: { filename: string } | { stream: NodeJS.WritableStream }): Promise<void> {
  const workbook = new (await excel()).stream.xlsx.WorkbookWriter({ ...target, useSharedStrings: false, useStyles: false } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  const sheet = workbook.addWorksheet("Glossary");
  for (const row of rows) {
    if (row.some((c) => c.length > 32_767)) throw new XlsxError([`a cell of ${row[0] || "a row"} is longer than XLSX allows (32,767 characters)`]);
    sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
}
