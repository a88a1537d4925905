import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { locales, type Locale } from "../locales";
import { claimProperties, sourceSchema, termFileSchema, type SourceFile, type TermFile } from "./glossary-schema";

/**
 * The glossary as TBX (ISO 30042:2019, TermBase eXchange, DCA style):
 *
 *   conceptEntry id=slug
 *     descrip type=subjectField          the kind (person, place, ...)
 *     admin type=x-asOf                  the date the facts are current as of
 *     ref type=crossReference target=…   a related term
 *     descripGrp/descrip type=x-claim    a fact as one source states it (with admin type=source
 *                                        and, per language, langSec/descrip type=x-claim)
 *     descripGrp/descrip type=x-coordinates   where a place is: "lat,lon" in decimal degrees (WGS84),
 *                                        with admin type=source (the source that states them)
 *     ref type=x-partOf target=…         the unit a place lies in (its slug)
 *     descrip type=x-iso3166             a country's ISO 3166-1 numeric code ("004")
 *     descrip type=x-placeUnit           what a place is (country, province, district, city, ...)
 *     langSec xml:lang=en|ru|tg|fa
 *       descripGrp: descrip type=definition + admin type=source (one per source key)
 *       termSec: term, termNote type=administrativeStatus (preferredTerm-admn-sts for the preferred
 *                name, admittedTerm-admn-sts for variants and aliases, deprecatedTerm-admn-sts for
 *                forms used only for matching), termNote type=x-role (variant, alias, form, exact),
 *                termNote type=transliteration (the Latin transliteration of the preferred name)
 *   back/refObjectSec type=sources/refObject id=key with item type=title, url, date
 */

export class TbxError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

type Node = Record<string, unknown>;
const arr = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const text = (v: unknown): string => {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") return String((v as Node)["#text"] ?? "");
  return String(v);
};
const attr = (n: Node, name: string) => (n[`@_${name}`] === undefined ? undefined : String(n[`@_${name}`]));

const status = { preferred: "preferredTerm-admn-sts", admitted: "admittedTerm-admn-sts", deprecated: "deprecatedTerm-admn-sts" };

/** Reads a TBX file; throws TbxError listing every problem with its concept entry. */
export function glossaryFromTbx(xml: string): { sources: SourceFile[]; terms: TermFile[] } {
  const problems: string[] = [];
  let doc: Node;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", trimValues: true, parseTagValue: false, processEntities: true, htmlEntities: false }).parse(xml, true) as Node;
  } catch (error) {
    throw new TbxError([`not well-formed XML: ${(error as Error).message}`]);
  }
  const tbx = doc.tbx as Node | undefined;
  if (!tbx) throw new TbxError(["the root element must be <tbx>"]);
  const body = ((tbx.text as Node | undefined)?.body ?? {}) as Node;

  const sources: SourceFile[] = [];
  for (const sec of arr(((tbx.back as Node | undefined) ?? {}).refObjectSec)) {
    for (const ref of arr(sec.refObject)) {
      const items = Object.fromEntries(arr(ref.item).map((i) => [attr(i, "type"), text(i)]));
      const parsed = sourceSchema.safeParse({ key: attr(ref, "id"), title: items.title, url: items.url || null, date: items.date || null });
      if (parsed.success) sources.push(parsed.data);
      else problems.push(`source ${attr(ref, "id") ?? "(no id)"}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
  }

  const terms: TermFile[] = [];
  const seen = new Set<string>();
  for (const entry of arr(body.conceptEntry)) {
    const id = attr(entry, "id") ?? "(no id)";
    if (seen.has(id)) {
      problems.push(`conceptEntry ${id}: duplicate entry`);
      continue;
    }
    seen.add(id);
    const descrips = arr(entry.descrip);
    const admins = arr(entry.admin);
    const names: Record<string, unknown> = {};
    const definitions: Record<string, unknown> = {};
    const claimValues = new Map<string, Record<string, string>>();
    for (const sec of arr(entry.langSec)) {
      const lang = attr(sec, "xml:lang") ?? "";
      if (!(locales as readonly string[]).includes(lang)) {
        problems.push(`conceptEntry ${id}: unknown language "${lang}" (one of ${locales.join(", ")})`);
        continue;
      }
      if (names[lang]) problems.push(`conceptEntry ${id}: two langSec for ${lang}`);
      const n = { preferred: "", translit: null as string | null, variants: [] as string[], aliases: [] as string[], forms: [] as string[], exact: [] as string[] };
      for (const termSec of arr(sec.termSec)) {
        const notes = Object.fromEntries(arr(termSec.termNote).map((t) => [attr(t, "type"), text(t)]));
        const term = text(termSec.term);
        const role = notes["x-role"] ?? (notes.administrativeStatus === status.preferred ? "preferred" : notes.administrativeStatus === status.deprecated ? "form" : "variant");
        if (role === "preferred") {
          if (n.preferred) problems.push(`conceptEntry ${id} (${lang}): two preferred terms`);
          n.preferred = term;
          n.translit = notes.transliteration || null;
        } else if (role === "variant" || role === "alias" || role === "form" || role === "exact") {
          n[role === "variant" ? "variants" : role === "alias" ? "aliases" : role === "form" ? "forms" : "exact"].push(term);
        } else problems.push(`conceptEntry ${id} (${lang}): unknown x-role "${role}"`);
      }
      names[lang] = n;
      const defs = arr(sec.descripGrp).filter((g) => arr(g.descrip).some((d) => attr(d, "type") === "definition"));
      if (defs.length > 1) problems.push(`conceptEntry ${id} (${lang}): more than one definition`);
      const def = defs[0];
      definitions[lang] = def
        ? {
            text: text(arr(def.descrip).find((d) => attr(d, "type") === "definition")),
            sources: arr(def.admin).filter((a) => attr(a, "type") === "source").map(text),
          }
        : null;
      for (const claim of arr(sec.descrip).filter((d) => attr(d, "type") === "x-claim")) {
        const key = attr(claim, "target") ?? "";
        claimValues.set(key, { ...(claimValues.get(key) ?? {}), [lang]: text(claim) });
      }
    }
    const claims = arr(entry.descripGrp)
      .filter((g) => arr(g.descrip).some((d) => attr(d, "type") === "x-claim"))
      .map((g) => {
        const d = arr(g.descrip).find((x) => attr(x, "type") === "x-claim")!;
        const claimId = attr(d, "id") ?? "";
        return {
          property: text(d) as (typeof claimProperties)[number],
          source: text(arr(g.admin).find((a) => attr(a, "type") === "source")),
          value: claimValues.get(claimId) ?? {},
        };
      });
    const coordinates = arr(entry.descripGrp).find((g) => arr(g.descrip).some((d) => attr(d, "type") === "x-coordinates"));
    const partOf = arr(entry.ref).find((r) => attr(r, "type") === "x-partOf");
    const iso3166 = descrips.find((d) => attr(d, "type") === "x-iso3166");
    const unit = descrips.find((d) => attr(d, "type") === "x-placeUnit");
    const point = coordinates ? text(arr(coordinates.descrip).find((d) => attr(d, "type") === "x-coordinates")).split(",") : [];
    if (coordinates && point.length !== 2) problems.push(`conceptEntry ${id}: x-coordinates must be "lat,lon" in decimal degrees`);
    const [lat, lon] = point.map((x) => (x.trim() === "" ? NaN : Number(x)));
    const place =
      coordinates || partOf || iso3166 || unit
        ? {
            unit: unit ? text(unit) : null,
            lat,
            lon,
            source: coordinates ? text(arr(coordinates.admin).find((a) => attr(a, "type") === "source")) : undefined,
            partOf: partOf ? (attr(partOf, "target") ?? "") : null,
            iso3166: iso3166 ? text(iso3166) : null,
          }
        : undefined;
    const candidate = {
      slug: id,
      kind: text(descrips.find((d) => attr(d, "type") === "subjectField")),
      asOf: text(admins.find((a) => attr(a, "type") === "x-asOf")),
      names,
      definitions,
      claims,
      related: arr(entry.ref).filter((r) => attr(r, "type") === "crossReference").map((r) => attr(r, "target") ?? ""),
      ...(place ? { place } : {}),
    };
    const parsed = termFileSchema.safeParse(candidate);
    if (parsed.success) terms.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`conceptEntry ${id}: ${issue.path.join(".")}: ${issue.message}`);
  }
  if (problems.length > 0) throw new TbxError(problems);
  return { sources, terms };
}

/** Writes the glossary as TBX (the mapping above). */
export function glossaryToTbx(glossary: { sources: readonly SourceFile[]; terms: readonly TermFile[] }): string {
  const termSec = (term: string, adm: string, role: string | null, translit: string | null = null) => ({
    term,
    termNote: [
      { "@_type": "administrativeStatus", "#text": adm },
      ...(role ? [{ "@_type": "x-role", "#text": role }] : []),
      ...(translit ? [{ "@_type": "transliteration", "#text": translit }] : []),
    ],
  });
  const entries = glossary.terms.map((t) => ({
    "@_id": t.slug,
    descrip: [
      { "@_type": "subjectField", "#text": t.kind },
      ...(t.place?.iso3166 ? [{ "@_type": "x-iso3166", "#text": t.place.iso3166 }] : []),
      ...(t.place?.unit ? [{ "@_type": "x-placeUnit", "#text": t.place.unit }] : []),
    ],
    admin: [{ "@_type": "x-asOf", "#text": t.asOf }],
    ...(t.related.length || t.place?.partOf
      ? {
          ref: [
            ...t.related.map((r) => ({ "@_type": "crossReference", "@_target": r, "#text": r })),
            ...(t.place?.partOf ? [{ "@_type": "x-partOf", "@_target": t.place.partOf, "#text": t.place.partOf }] : []),
          ],
        }
      : {}),
    ...(t.claims.length || t.place
      ? {
          descripGrp: [
            ...t.claims.map((c, i) => ({
              descrip: { "@_type": "x-claim", "@_id": `${t.slug}-claim-${i + 1}`, "#text": c.property },
              admin: { "@_type": "source", "#text": c.source },
            })),
            ...(t.place
              ? [{ descrip: { "@_type": "x-coordinates", "#text": `${t.place.lat},${t.place.lon}` }, admin: { "@_type": "source", "#text": t.place.source } }]
              : []),
          ],
        }
      : {}),
    langSec: locales.map((l: Locale) => {
      const n = t.names[l];
      const d = t.definitions[l];
      return {
        "@_xml:lang": l,
        ...(t.claims.length
          ? { descrip: t.claims.map((c, i) => ({ "@_type": "x-claim", "@_target": `${t.slug}-claim-${i + 1}`, "#text": c.value[l] })) }
          : {}),
        ...(d ? { descripGrp: { descrip: { "@_type": "definition", "#text": d.text }, admin: d.sources.map((s) => ({ "@_type": "source", "#text": s })) } } : {}),
        termSec: [
          termSec(n.preferred, status.preferred, null, n.translit),
          ...n.variants.map((v) => termSec(v, status.admitted, "variant")),
          ...n.aliases.map((v) => termSec(v, status.admitted, "alias")),
          ...n.forms.map((v) => termSec(v, status.deprecated, "form")),
          ...n.exact.map((v) => termSec(v, status.deprecated, "exact")),
        ],
      };
    }),
  }));
  const doc = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    tbx: {
      "@_type": "TBX-Basic",
      "@_style": "dca",
      "@_xml:lang": "en",
      "@_xmlns": "urn:iso:std:iso:30042:ed-2",
      tbxHeader: { fileDesc: { sourceDesc: { p: "Tarjuma glossary" } } },
      text: { body: { conceptEntry: entries } },
      back: {
        refObjectSec: {
          "@_type": "sources",
          refObject: glossary.sources.map((s) => ({
            "@_id": s.key,
            item: [
              { "@_type": "title", "#text": s.title },
              ...(s.url ? [{ "@_type": "url", "#text": s.url }] : []),
              ...(s.date ? [{ "@_type": "date", "#text": s.date }] : []),
            ],
          })),
        },
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, indentBy: "  ", suppressEmptyNode: true, processEntities: true }).build(doc);
}
