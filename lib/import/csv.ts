import { z } from "zod";
import { byLocale, type Locale, locales } from "../locales";
import { claimProperties, termFileSchema, type TermFile } from "./glossary-schema";

/**
 * The glossary as CSV (RFC 4180: comma-separated, double quotes around fields that need them),
 * one row per term and locale, with these columns:
 *
 *   slug, kind, as_of, locale, preferred, translit, variants, aliases, forms, exact,
 *   definition, definition_sources, claims, related, lat, lon, place_source, part_of, iso3166,
 *   place_unit
 *
 * - Every term has one row for each locale (en, ru, tg, fa); kind, as_of, related and the place
 *   columns are the same on each of its rows.
 * - lat, lon (decimal degrees, WGS84), place_source (the source key stating them), part_of (the slug
 *   of the unit it lies in), iso3166 (a country's 3-digit code) and place_unit (what it is: country,
 *   province, district, ...) say where and what a place or feature is; they are empty for other
 *   terms. A file without place_unit, or without all six (written before they existed), is read as
 *   having them empty.
 * - variants, aliases, forms, exact, definition_sources and related list several values separated
 *   by " | " (a name cannot contain "|").
 * - definition is plain text; an empty definition means none in that locale.
 * - claims is a JSON array of {"property", "value", "source"} for that locale; every locale lists
 *   the same claims (property and source) in the same order.
 */

export const csvColumns = [
  "slug", "kind", "as_of", "locale", "preferred", "translit", "variants", "aliases", "forms", "exact",
  "definition", "definition_sources", "claims", "related", "lat", "lon", "place_source", "part_of", "iso3166",
  "place_unit",
] as const;

const placeColumns = ["lat", "lon", "place_source", "part_of", "iso3166", "place_unit"] as const;
type Column = (typeof csvColumns)[number];

export interface CsvRow {
  line: number;
  cells: string[];
}

/** Splits CSV text into rows, remembering the line each row starts on. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n") {
      cells.push(cell);
      rows.push({ line: start, cells });
      cells = [];
      cell = "";
      start = ++line;
    } else cell += ch;
  }
  if (quoted) throw new CsvError([`line ${start}: a quoted field is not closed`]);
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: start, cells });
  }
  return rows.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ""));
}

export class CsvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

const list = (cell: string) => cell.split("|").map((s) => s.trim()).filter(Boolean);
const claimsCell = z.array(z.strictObject({ property: z.enum(claimProperties), value: z.string(), source: z.string() }));

/** Reads glossary terms from CSV text; throws CsvError listing every problem with its line. */
export function glossaryFromCsv(text: string): TermFile[] {
  const rows = parseCsv(text);
  const problems: string[] = [];
  const header = rows.shift();
  // files written before the place columns, or before place_unit, existed
  const legacy = [csvColumns.filter((c) => !(placeColumns as readonly string[]).includes(c)), csvColumns.filter((c) => c !== "place_unit")];
  const columns: readonly Column[] | undefined = [csvColumns, ...legacy].find((h) => header?.cells.map((c) => c.trim()).join(",") === h.join(","));
  if (!columns) throw new CsvError([`line 1: the header must be: ${csvColumns.join(",")}`]);
  const byTerm = new Map<string, { first: number; rows: Map<Locale, CsvRow> }>();
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      problems.push(`line ${row.line}: ${row.cells.length} fields, expected ${columns.length}`);
      continue;
    }
    const [slug, , , locale] = row.cells.map((c) => c.trim());
    if (!(locales as readonly string[]).includes(locale!)) {
      problems.push(`line ${row.line}: unknown locale "${locale}" (one of ${locales.join(", ")})`);
      continue;
    }
    const entry = byTerm.get(slug!) ?? { first: row.line, rows: new Map() };
    byTerm.set(slug!, entry);
    const twin = entry.rows.get(locale as Locale);
    if (twin) {
      problems.push(`line ${row.line}: duplicate entry for ${slug} in ${locale} (also on line ${twin.line})`);
      continue;
    }
    entry.rows.set(locale as Locale, row);
  }

  const terms: TermFile[] = [];
  for (const [slug, entry] of byTerm) {
    const missing = locales.filter((l) => !entry.rows.has(l));
    if (missing.length > 0) {
      problems.push(`line ${entry.first}: ${slug} has no row for ${missing.join(", ")}`);
      continue;
    }
    const cell = (l: Locale, column: Column) => (columns.includes(column) ? entry.rows.get(l)!.cells[columns.indexOf(column)]!.trim() : "");
    const first = locales[0];
    for (const column of ["kind", "as_of", "related", ...placeColumns] as const) {
      for (const l of locales) {
        if (cell(l, column) !== cell(first, column)) {
          problems.push(`line ${entry.rows.get(l)!.line}: ${column} of ${slug} differs from line ${entry.rows.get(first)!.line}`);
        }
      }
    }
    const claims: Partial<Record<Locale, z.infer<typeof claimsCell>>> = {};
    for (const l of locales) {
      const raw = cell(l, "claims");
      try {
        const parsed = claimsCell.safeParse(raw === "" ? [] : JSON.parse(raw));
        if (parsed.success) claims[l] = parsed.data;
        else problems.push(`line ${entry.rows.get(l)!.line}: claims: ${parsed.error.issues[0]?.message}`);
      } catch {
        problems.push(`line ${entry.rows.get(l)!.line}: claims must be a JSON array`);
      }
    }
    const shape = (l: Locale) => JSON.stringify(claims[l]?.map((c) => [c.property, c.source]) ?? null);
    for (const l of locales) {
      if (claims[l] && claims[first] && shape(l) !== shape(first)) {
        problems.push(`line ${entry.rows.get(l)!.line}: claims of ${slug} must list the same properties and sources as line ${entry.rows.get(first)!.line}`);
      }
    }
    const candidate = {
      slug,
      kind: cell(first, "kind"),
      asOf: cell(first, "as_of"),
      names: Object.fromEntries(
        locales.map((l) => [
          l,
          {
            preferred: cell(l, "preferred"),
            translit: cell(l, "translit") || null,
            variants: list(cell(l, "variants")),
            aliases: list(cell(l, "aliases")),
            forms: list(cell(l, "forms")),
            exact: list(cell(l, "exact")),
          },
        ]),
      ),
      definitions: Object.fromEntries(
        locales.map((l) => [l, cell(l, "definition") ? { text: cell(l, "definition"), sources: list(cell(l, "definition_sources")) } : null]),
      ),
      claims: (claims[first] ?? []).map((c, i) => ({
        property: c.property,
        source: c.source,
        value: byLocale((l) => claims[l]?.[i]?.value ?? ""),
      })),
      related: list(cell(first, "related")),
      ...(placeColumns.some((c) => cell(first, c) !== "") ? { place: placeOf((c) => cell(first, c)) } : {}),
    };
    const parsed = termFileSchema.safeParse(candidate);
    if (parsed.success) terms.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const l = locales.find((x) => issue.path.includes(x)) ?? first;
        problems.push(`line ${entry.rows.get(l)!.line}: ${slug}: ${issue.path.join(".")}: ${issue.message}`);
      }
  }
  if (problems.length > 0) throw new CsvError(problems);
  return terms;
}

/** The place columns as the file schema's `place` (left for the schema to check). */
const placeOf = (cell: (column: (typeof placeColumns)[number]) => string) => {
  const degrees = (s: string) => (s === "" ? undefined : Number(s));
  return {
    lat: degrees(cell("lat")),
    lon: degrees(cell("lon")),
    source: cell("place_source") || undefined,
    partOf: cell("part_of") || null,
    iso3166: cell("iso3166") || null,
    unit: cell("place_unit") || null,
  };
};

const quote = (value: string) => (/[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);

/** Writes glossary terms as CSV (the columns above), one row per term and locale. */
export function glossaryToCsv(terms: readonly TermFile[]): string {
  const lines = [csvColumns.join(",")];
  for (const t of terms) {
    for (const l of locales) {
      const n = t.names[l];
      const d = t.definitions[l];
      lines.push(
        [
          t.slug, t.kind, t.asOf, l, n.preferred, n.translit ?? "", n.variants.join(" | "), n.aliases.join(" | "),
          n.forms.join(" | "), n.exact.join(" | "), d?.text ?? "", d?.sources.join(" | ") ?? "",
          t.claims.length ? JSON.stringify(t.claims.map((c) => ({ property: c.property, value: c.value[l], source: c.source }))) : "",
          t.related.join(" | "),
          ...(t.place
            ? [String(t.place.lat), String(t.place.lon), t.place.source, t.place.partOf ?? "", t.place.iso3166 ?? "", t.place.unit ?? ""]
            : placeColumns.map(() => "")),
        ]
          .map(quote)
          .join(","),
      );
    }
  }
  return lines.join("\n") + "\n";
}
