import { z } from "zod";
import { claimProperties, namesWithRoles, roleList, sourceSchema, type Name, type NameRole, type SourceFile, type TermFile } from "./glossary-schema";
import { compareTags, normalizeTag } from "./language";
import { ReadReport } from "./report";
import type { ParsedGlossary, RawEntry, RawTerm } from "./entries";

/**
 * Glossaries as tables: CSV, TSV and the first sheet of an XLSX workbook, read row by row (each
 * row with the line or row number it starts on). Three shapes, told apart by the header:
 *
 * 1. This project's own table (export → import is lossless), one row per concept and language:
 *      slug, kind, subject, as_of, language, preferred, translit, variants, aliases, forms, exact,
 *      definition, definition_sources, claims, related, lat, lon, place_source, part_of, iso3166, place_unit,
 *      concept_notes, language_notes, details, sources
 *    - lists (variants … exact, definition_sources, related) separate values with " | ";
 *    - claims: a JSON array for the row's language, one {"property","source","value"} per claim of
 *      the concept, in order (value null where this language has none);
 *    - concept_notes, language_notes: JSON arrays of text; details: a JSON object from a name to its
 *      TBX details (status, partOfSpeech, termType, gender, region, notes, usage, contexts, sources);
 *    - sources: a JSON array of the sources the row cites ({"key","title","url","date"}); a row with
 *      no slug and no language carries sources no concept cites. So the file needs no database.
 *    - lat, lon (decimal degrees, WGS84), place_source (the source key stating them), part_of (the
 *      slug of the unit it lies in), iso3166 (a country's 3-digit code) and place_unit (country,
 *      province, district, …) say where and what a place is.
 *    - kind, subject, as_of, related, the place columns and concept_notes are the same on all of a
 *      concept's rows. Earlier headers (slug, kind, as_of, locale, preferred, …, related[, lat, …])
 *      are read too: columns are found by name.
 * 2. A glossary whose header names languages with BCP 47 tags (en, fr, en-US, fa), one concept per
 *    row, with optional columns description / definition (a definition) and note / comment (a
 *    note), each for the first language or for the language it names ("definition fr",
 *    "note_en-US"). Several names in one cell are separated by "|": the first is the preferred one.
 * 3. Two columns without language codes (a header such as source,target, or no header at all),
 *    read with the languages given by --languages SOURCE,TARGET.
 */

export interface Row {
  /** The line (CSV) or row (XLSX) the row starts on */
  line: number;
  cells: string[];
}

export const ownColumns = [
  "slug", "kind", "subject", "as_of", "language", "preferred", "translit", "variants", "aliases", "forms", "exact",
  "definition", "definition_sources", "claims", "related", "lat", "lon", "place_source", "part_of", "iso3166", "place_unit",
  "concept_notes", "language_notes", "details", "sources",
] as const;
const placeColumns = ["lat", "lon", "place_source", "part_of", "iso3166", "place_unit"] as const;
type OwnColumn = (typeof ownColumns)[number];

export class TableError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
/** A header cell that names a language: a BCP 47 tag CLDR knows ("en", "fa-AF", "prs"; not "note"). */
function languageColumn(cell: string): string | null {
  const tag = normalizeTag(cell);
  if (!tag || /^(und|mul|zxx|mis)$/.test(tag)) return null;
  try {
    return languageNames.of(tag) ? tag : null;
  } catch {
    return null;
  }
}
const descriptive = /^(description|definition|explanation|note|notes|comment|comments)(?:[\s_:(-]+([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\)?)?$/i;
const positional = /^(source|target|src|tgt|term|translation|source term|target term|source text|target text)$/i;

const list = (cell: string) => cell.split("|").map((s) => s.trim()).filter(Boolean);

/** Reads the rows of a table (header first, unless --languages says there is none) into raw concepts. */
export function readTable(rows: Row[], options: { languages?: readonly string[]; format: string; report?: ReadReport }): ParsedGlossary {
  const report = options.report ?? new ReadReport();
  const header = rows[0]?.cells.map((c) => c.trim()) ?? [];
  const lower = header.map((h) => h.toLowerCase());
  if (lower.includes("slug") && (lower.includes("language") || lower.includes("locale")) && lower.includes("preferred")) {
    return readOwn(rows, lower, options.format, report);
  }
  const tags = header.map(languageColumn);
  if (tags.filter(Boolean).length > 0) {
    if (options.languages && options.languages.join(",") !== tags.filter(Boolean).join(",")) {
      throw new TableError([`line ${rows[0]!.line}: the header names the languages ${tags.filter(Boolean).join(", ")}; --languages says ${options.languages.join(", ")}`]);
    }
    return readWide(rows.slice(1), header, tags, `${options.format} (languages ${tags.filter(Boolean).join(", ")})`, report);
  }
  if (!options.languages) {
    throw new TableError([
      `line ${rows[0]?.line ?? 1}: the header does not name languages (such as en,fr or en-US,fa); for a file of two columns without language codes, give --languages SOURCE,TARGET`,
    ]);
  }
  const given = options.languages.map((l) => normalizeTag(l));
  if (given.length !== 2 || given.some((t) => !t)) throw new TableError([`--languages: give two BCP 47 tags, such as en,fa (got ${options.languages.join(",")})`]);
  const hasHeader = header.length > 0 && header.every((h) => h === "" || positional.test(h) || descriptive.test(h));
  const columns = hasHeader ? header : header.map((_, i) => (i < 2 ? "" : "note"));
  const columnTags = columns.map((h, i) => (i < 2 && (h === "" || positional.test(h)) ? given[i]! : null));
  return readWide(hasHeader ? rows.slice(1) : rows, columns, columnTags, `${options.format} (two columns read as ${given.join(", ")})`, report);
}

/** Shape 2 and 3: one concept per row, a column per language plus definitions and notes. */
function readWide(rows: Row[], header: string[], tags: (string | null)[], format: string, report: ReadReport): ParsedGlossary {
  const first = tags.find(Boolean)!;
  const roles = header.map((h, i) => {
    if (tags[i]) return { kind: "name" as const, tag: tags[i]! };
    const m = descriptive.exec(h.trim());
    if (!m) {
      if (h.trim()) report.ignore(`column "${h.trim()}"`, "not a language, definition or note column");
      return null;
    }
    const tag = m[2] ? normalizeTag(m[2]) : null;
    const definition = /^(description|definition|explanation)$/i.test(m[1]!);
    return { kind: definition ? ("definition" as const) : ("note" as const), tag: tag ?? (definition ? first : null) };
  });
  const entries: RawEntry[] = [];
  for (const row of rows) {
    const term: RawTerm & { names: Record<string, { preferred?: string; variants: string[] }>; notes: string[] } = { names: {}, definitions: {}, notes: [] };
    const languageNotes: Record<string, string[]> = {};
    row.cells.forEach((raw, i) => {
      const cell = raw.trim();
      const role = roles[i];
      if (!cell || !role) return;
      if (role.kind === "name") {
        const [preferred, ...variants] = list(cell);
        if (preferred) term.names[role.tag] = { preferred, variants };
      } else if (role.kind === "definition" && role.tag) (term.definitions as Record<string, { text: string }>)[role.tag] = { text: cell };
      else if (role.kind === "note" && role.tag) (languageNotes[role.tag] ??= []).push(cell);
      else if (role.kind === "note") term.notes.push(cell);
    });
    for (const [tag, notes] of Object.entries(languageNotes)) {
      const block = term.names[tag] as { notes?: string[] } | undefined;
      if (block) block.notes = notes;
      else term.notes.push(...notes);
    }
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c.trim())) report.ignore("cells beyond the header", "no column name");
    if (Object.keys(term.names).length === 0) {
      if (row.cells.some((c) => c.trim())) report.ignore("rows without a name", "no name in any language column");
      continue;
    }
    entries.push({ where: `line ${row.line}`, id: null, term });
  }
  return { format, sources: [], entries, problems: [], report };
}

const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((s, ctx) => {
    if (s.trim() === "") return undefined;
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "is not JSON" });
      return z.NEVER;
    }
  }).pipe(schema.optional());

const claimsCell = json(z.array(z.strictObject({ property: z.enum(claimProperties), source: z.string(), value: z.string().nullable() })));
const textsCell = json(z.array(z.string()));
const detailsCell = json(z.record(z.string(), z.record(z.string(), z.unknown())));
const sourcesCell = json(z.array(sourceSchema));

/** Shape 1: this project's own table. */
function readOwn(rows: Row[], header: string[], format: string, report: ReadReport): ParsedGlossary {
  const problems: string[] = [];
  const at = (name: OwnColumn) => header.indexOf(name === "language" && !header.includes("language") ? "locale" : name);
  const known = new Set<string>([...ownColumns, "locale"]);
  header.forEach((h) => h && !known.has(h) && report.ignore(`column "${h}"`, "not a column of this project's table"));
  if (at("slug") !== 0) problems.push(`line ${rows[0]!.line}: the first column must be slug`);
  const sources = new Map<string, { source: SourceFile; line: number }>();
  const concepts = new Map<string, { first: Row; rows: Map<string, Row> }>();
  for (const row of rows.slice(1)) {
    const cell = (name: OwnColumn) => (at(name) === -1 ? "" : (row.cells[at(name)] ?? "").trim());
    const parsedSources = sourcesCell.safeParse(cell("sources"));
    if (!parsedSources.success) problems.push(`line ${row.line}: sources: ${parsedSources.error.issues[0]?.message}`);
    for (const source of parsedSources.data ?? []) {
      const seen = sources.get(source.key);
      if (seen && JSON.stringify(seen.source) !== JSON.stringify(source)) problems.push(`line ${row.line}: source ${source.key} differs from line ${seen.line}`);
      else if (!seen) sources.set(source.key, { source, line: row.line });
    }
    const slug = cell("slug");
    const language = cell("language");
    if (!slug && !language) continue;
    const tag = normalizeTag(language);
    if (!tag) {
      problems.push(`line ${row.line}: language "${language}" is not a BCP 47 language tag (such as en, fa-AF, prs)`);
      continue;
    }
    const concept = concepts.get(slug) ?? { first: row, rows: new Map() };
    concepts.set(slug, concept);
    const twin = concept.rows.get(tag);
    if (twin) problems.push(`line ${row.line}: duplicate entry for ${slug} in ${tag} (also on line ${twin.line})`);
    else concept.rows.set(tag, row);
  }
  const entries: RawEntry[] = [];
  for (const [slug, concept] of concepts) {
    const cellOf = (row: Row, name: OwnColumn) => (at(name) === -1 ? "" : (row.cells[at(name)] ?? "").trim());
    for (const column of ["kind", "subject", "as_of", "related", ...placeColumns, "concept_notes"] as const) {
      for (const row of concept.rows.values()) {
        if (cellOf(row, column) !== cellOf(concept.first, column)) problems.push(`line ${row.line}: ${column} of ${slug} differs from line ${concept.first.line}`);
      }
    }
    const names: Record<string, unknown> = {};
    const definitions: Record<string, { text: string; sources: string[] }> = {};
    const claims: { property: string; source: string; value: Record<string, string> }[] = [];
    let claimShape: string | null = null;
    for (const [tag, row] of concept.rows) {
      const details = detailsCell.safeParse(cellOf(row, "details"));
      const notes = textsCell.safeParse(cellOf(row, "language_notes"));
      const rowClaims = claimsCell.safeParse(cellOf(row, "claims"));
      for (const [column, result] of [["details", details], ["language_notes", notes], ["claims", rowClaims]] as const) {
        if (!result.success) problems.push(`line ${row.line}: ${column}: ${result.error.issues[0]?.message}`);
      }
      const withDetails = (text: string) => {
        const d = details.data?.[text];
        return d ? { ...d, text } : text;
      };
      const preferred = cellOf(row, "preferred");
      const roleNames = (column: "variants" | "aliases" | "forms" | "exact") => list(cellOf(row, column)).map(withDetails);
      const block = {
        ...(preferred ? { preferred: withDetails(preferred) } : {}),
        translit: cellOf(row, "translit") || null,
        variants: roleNames("variants"),
        aliases: roleNames("aliases"),
        forms: roleNames("forms"),
        exact: roleNames("exact"),
        notes: notes.data ?? [],
      };
      if (preferred || block.variants.length + block.aliases.length + block.forms.length + block.exact.length > 0) names[tag] = block;
      const definition = cellOf(row, "definition");
      if (definition) definitions[tag] = { text: definition, sources: list(cellOf(row, "definition_sources")) };
      const list_ = rowClaims.data ?? [];
      const shape = JSON.stringify(list_.map((c) => [c.property, c.source]));
      if (list_.length && claimShape !== null && shape !== claimShape) problems.push(`line ${row.line}: claims of ${slug} must list the same properties and sources as its other rows`);
      if (list_.length) claimShape = shape;
      list_.forEach((c, i) => {
        claims[i] ??= { property: c.property, source: c.source, value: {} };
        if (c.value !== null) claims[i]!.value[tag] = c.value;
      });
    }
    const first = (name: OwnColumn) => cellOf(concept.first, name);
    const conceptNotes = textsCell.safeParse(first("concept_notes"));
    if (!conceptNotes.success) problems.push(`line ${concept.first.line}: concept_notes: ${conceptNotes.error.issues[0]?.message}`);
    entries.push({
      where: `line ${concept.first.line}`,
      id: slug,
      term: {
        ...(first("kind") ? { kind: first("kind") } : {}),
        ...(first("subject") ? { subject: first("subject") } : {}),
        ...(first("as_of") ? { asOf: first("as_of") } : {}),
        names: names as RawTerm["names"],
        definitions,
        notes: conceptNotes.data ?? [],
        claims: claims as RawTerm["claims"],
        related: list(first("related")),
        ...(placeColumns.some((c) => first(c) !== "")
          ? {
              place: {
                lat: first("lat") === "" ? undefined : Number(first("lat")),
                lon: first("lon") === "" ? undefined : Number(first("lon")),
                source: first("place_source") || undefined,
                partOf: first("part_of") || null,
                iso3166: first("iso3166") || null,
                unit: first("place_unit") || null,
              } as RawTerm["place"],
            }
          : {}),
      },
    });
  }
  const byKey = [...sources.values()].map((s) => s.source).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { format: `${format} (this project's table)`, sources: byKey, entries, problems, report, sourcesAreKeys: true };
}

/** The glossary as this project's table: a header, then a row per concept and language. */
export function glossaryRows(glossary: { sources: readonly SourceFile[]; terms: readonly TermFile[] }): string[][] {
  const byKey = new Map(glossary.sources.map((s) => [s.key, s]));
  const cited = new Set<string>();
  const rows: string[][] = [[...ownColumns]];
  for (const t of glossary.terms) {
    const tags = [...new Set([...Object.keys(t.names), ...Object.keys(t.definitions), ...t.claims.flatMap((c) => Object.keys(c.value))])].sort(compareTags);
    for (const tag of tags) {
      const block = t.names[tag];
      const d = t.definitions[tag];
      const details: Record<string, Omit<Name, "text">> = {};
      for (const { name } of block ? namesWithRoles(block) : []) {
        const { text, ...rest } = name;
        if (Object.keys(rest).length) details[text] = rest;
      }
      const texts = (role: Exclude<NameRole, "preferred">) => (block?.[roleList[role]] ?? []).map((n) => n.text).join(" | ");
      const keys = [...new Set([...(d?.sources ?? []), ...t.claims.filter((c) => c.value[tag] !== undefined).map((c) => c.source), ...(t.place ? [t.place.source] : [])])];
      keys.forEach((k) => cited.add(k));
      const cell: Record<OwnColumn, string> = {
        slug: t.slug,
        kind: t.kind,
        subject: t.subject ?? "",
        as_of: t.asOf ?? "",
        language: tag,
        preferred: block?.preferred?.text ?? "",
        translit: block?.translit ?? "",
        variants: texts("variant"),
        aliases: texts("alias"),
        forms: texts("form"),
        exact: texts("exact"),
        definition: d?.text ?? "",
        definition_sources: d?.sources.join(" | ") ?? "",
        claims: t.claims.length ? JSON.stringify(t.claims.map((c) => ({ property: c.property, source: c.source, value: c.value[tag] ?? null }))) : "",
        related: t.related.join(" | "),
        lat: t.place ? String(t.place.lat) : "",
        lon: t.place ? String(t.place.lon) : "",
        place_source: t.place?.source ?? "",
        part_of: t.place?.partOf ?? "",
        iso3166: t.place?.iso3166 ?? "",
        place_unit: t.place?.unit ?? "",
        concept_notes: t.notes.length ? JSON.stringify(t.notes) : "",
        language_notes: block?.notes.length ? JSON.stringify(block.notes) : "",
        details: Object.keys(details).length ? JSON.stringify(details) : "",
        sources: keys.length ? JSON.stringify(keys.flatMap((k) => byKey.get(k) ?? [])) : "",
      };
      rows.push(ownColumns.map((c) => cell[c]));
    }
  }
  const orphans = glossary.sources.filter((s) => !cited.has(s.key));
  if (orphans.length) rows.push(ownColumns.map((c) => (c === "sources" ? JSON.stringify(orphans) : "")));
  return rows;
}
