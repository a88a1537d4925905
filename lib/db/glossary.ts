import "server-only";
import { termFileSchema, type PlaceFile, type SourceFile, type TermFile } from "../import/glossary-schema";
import { byLocale, type Locale, locales } from "../locales";
import type { Db } from "./client";
import { placeFields, sourceFields } from "./fields";

/** The whole glossary as the file format stores it (for export, diffs and revisions). */
export async function exportGlossary(db: Pick<Db, "term" | "source">, slugs?: readonly string[]): Promise<{ sources: SourceFile[]; terms: TermFile[] }> {
  // SQLite bounds the parameters of one statement: ask for many slugs a few hundred at a time
  if (slugs && slugs.length > 500) {
    const parts = [];
    for (let i = 0; i < slugs.length; i += 500) parts.push(await exportGlossary(db, slugs.slice(i, i + 500)));
    return { sources: parts[0]!.sources, terms: parts.flatMap((p) => p.terms).sort((a, b) => a.slug.localeCompare(b.slug)) };
  }
  const rows = await db.term.findMany({
    where: slugs ? { slug: { in: [...slugs] } } : undefined,
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      kind: true,
      asOf: true,
      labels: { select: { locale: true, text: true, status: true, translit: true }, orderBy: { position: "asc" } },
      definitions: { select: { locale: true, text: true, sources: true } },
      claims: { select: { property: true, locale: true, value: true, position: true, source: { select: { key: true } } }, orderBy: [{ position: "asc" }] },
      relatedTo: { select: { to: { select: { slug: true } } } },
      ...placeFields,
    },
  });
  const terms: TermFile[] = rows.map((r) => {
    const names = (l: Locale) => {
      const mine = r.labels.filter((x) => x.locale === l);
      const of = (status: string) => mine.filter((x) => x.status === status).map((x) => x.text);
      const preferred = mine.find((x) => x.status === "preferred");
      return { preferred: preferred?.text ?? "", translit: preferred?.translit ?? null, variants: of("variant"), aliases: of("alias"), forms: of("form"), exact: of("exact") };
    };
    const positions = [...new Set(r.claims.map((c) => c.position))].sort((a, b) => a - b);
    return {
      slug: r.slug,
      kind: r.kind as TermFile["kind"],
      asOf: r.asOf,
      names: byLocale(names),
      definitions: Object.fromEntries(
        locales.map((l) => {
          const d = r.definitions.find((x) => x.locale === l);
          return [l, d ? { text: d.text, sources: d.sources.split(" ").filter(Boolean) } : null];
        }),
      ) as TermFile["definitions"],
      claims: positions.map((p) => {
        const group = r.claims.filter((c) => c.position === p);
        return {
          property: group[0]!.property as TermFile["claims"][number]["property"],
          source: group[0]!.source.key,
          value: byLocale((l) => group.find((c) => c.locale === l)?.value ?? ""),
        };
      }),
      related: r.relatedTo.map((x) => x.to.slug).sort(),
      ...(r.lat !== null && r.lon !== null && r.geoSource
        ? { place: { unit: r.placeUnit as PlaceFile["unit"], lat: r.lat, lon: r.lon, source: r.geoSource.key, partOf: r.parent?.slug ?? null, iso3166: r.iso3166 } }
        : {}),
    };
  });
  const sources = await db.source.findMany({ select: sourceFields, orderBy: { key: "asc" } });
  return { sources, terms };
}

/** What an import would do: terms added, changed and unchanged, by slug. */
export async function diffGlossary(db: Db, terms: readonly TermFile[]) {
  const current = new Map((await exportGlossary(db, terms.map((t) => t.slug))).terms.map((t) => [t.slug, canonical(t)]));
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const t of terms) {
    const before = current.get(t.slug);
    (before === undefined ? added : before === canonical(t) ? unchanged : changed).push(t.slug);
  }
  return { added, changed, unchanged };
}

/** A stable text form of a term, for comparing: keys in the schema's order, related terms as a set. */
export const canonical = (t: TermFile) => JSON.stringify(termFileSchema.parse({ ...t, related: [...t.related].sort() }));
