import "server-only";
import { roleList, termFileSchema, type LanguageNames, type Name, type NameRole, type PlaceFile, type SourceFile, type TermFile } from "../import/glossary-schema";
import type { Db } from "./client";
import { sourceFields, termFileFields } from "./fields";
import type { Prisma } from "./generated/client";

/** The whole glossary as the file format stores it (for export, diffs and revisions). */
export async function exportGlossary(db: Pick<Db, "term" | "source">, slugs?: readonly string[]): Promise<{ sources: SourceFile[]; terms: TermFile[] }> {
  // SQLite bounds the parameters of one statement: ask for many slugs a few hundred at a time
  // (the whole glossary too: its nested, ordered reads could not be split by Prisma)
  if (!slugs) slugs = (await db.term.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((t) => t.slug);
  if (slugs.length > 500) {
    const parts = [];
    for (let i = 0; i < slugs.length; i += 500) parts.push(await exportGlossary(db, slugs.slice(i, i + 500)));
    return { sources: parts[0]!.sources, terms: parts.flatMap((p) => p.terms).sort((a, b) => a.slug.localeCompare(b.slug)) };
  }
  const rows = await db.term.findMany({
    where: { slug: { in: [...slugs] } },
    orderBy: { slug: "asc" },
    select: termFileFields,
  });
  const sources = await db.source.findMany({ select: sourceFields, orderBy: { key: "asc" } });
  return { sources, terms: rows.map(toTermFile) };
}

type TermFileRow = Prisma.TermGetPayload<{ select: typeof termFileFields }>;

/** A term's rows as the file format (the reverse of lib/db/write.ts). */
function toTermFile(r: TermFileRow): TermFile {
  const notesOf = (where: (n: TermFileRow["notes"][number]) => boolean, kind = "note") => r.notes.filter((n) => n.kind === kind && where(n));
  const texts = (notes: TermFileRow["notes"]) => notes.map((n) => n.text);
  const names: Record<string, LanguageNames> = {};
  for (const l of r.labels) {
    const block = (names[l.tag] ??= { translit: null, variants: [], aliases: [], forms: [], exact: [], notes: [] });
    const mine = (kind: string) => notesOf((n) => n.labelId === l.id, kind);
    const name: Name = {
      text: l.text,
      ...(l.status ? { status: l.status as Name["status"] } : {}),
      ...(l.partOfSpeech ? { partOfSpeech: l.partOfSpeech } : {}),
      ...(l.termType ? { termType: l.termType } : {}),
      ...(l.gender ? { gender: l.gender } : {}),
      ...(l.region ? { region: l.region } : {}),
      ...(mine("note").length ? { notes: texts(mine("note")) } : {}),
      ...(mine("usage").length ? { usage: texts(mine("usage")) } : {}),
      ...(mine("context").length ? { contexts: mine("context").map((c) => (c.source ? { text: c.text, source: c.source } : { text: c.text })) } : {}),
      ...(mine("source").length ? { sources: texts(mine("source")) } : {}),
    };
    if (l.role === "preferred") {
      block.preferred = name;
      block.translit = l.translit;
    } else block[roleList[l.role as Exclude<NameRole, "preferred">]].push(name);
  }
  for (const [tag, block] of Object.entries(names)) block.notes = texts(notesOf((n) => n.tag === tag && n.labelId === null));
  const positions = [...new Set(r.claims.map((c) => c.position))].sort((a, b) => a - b);
  return termFileSchema.parse({
    slug: r.slug,
    kind: r.kind,
    ...(r.subject ? { subject: r.subject } : {}),
    ...(r.asOf ? { asOf: r.asOf } : {}),
    names,
    definitions: Object.fromEntries(r.definitions.map((d) => [d.tag, { text: d.text, sources: d.sources.split(" ").filter(Boolean) }])),
    notes: texts(notesOf((n) => n.tag === null && n.labelId === null)),
    claims: positions.map((p) => {
      const group = r.claims.filter((c) => c.position === p);
      return { property: group[0]!.property, source: group[0]!.source.key, value: Object.fromEntries(group.map((c) => [c.tag, c.value])) };
    }),
    related: r.relatedTo.map((x) => x.to.slug).sort(),
    ...(r.lat !== null && r.lon !== null && r.geoSource
      ? { place: { unit: r.placeUnit as PlaceFile["unit"], lat: r.lat, lon: r.lon, source: r.geoSource.key, partOf: r.parent?.slug ?? null, iso3166: r.iso3166 } }
      : {}),
  });
}
