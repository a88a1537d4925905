import "server-only";
import { forReader, type Locale } from "../locales";
import { placeUnits } from "../import/glossary-schema";
import type { PlaceUnit, PlaceView } from "../types";
import { db } from "./client";

const placeRowFields = {
  id: true,
  slug: true,
  lat: true,
  lon: true,
  iso3166: true,
  placeUnit: true,
  parentId: true,
} as const;

/**
 * Every place and feature with its point and its administrative chain (the units it lies in,
 * nearest first, up to a country), named in the reader's locale: one query for a whole page.
 */
export async function getPlaces(locale: Locale): Promise<Map<string, PlaceView>> {
  const rows = await db().term.findMany({
    where: { lat: { not: null }, lon: { not: null } },
    select: { ...placeRowFields, labels: { where: { role: "preferred" }, select: { tag: true, text: true }, orderBy: { position: "asc" } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r] as const));
  const nameOf = (r: (typeof rows)[number]) => forReader(r.labels, locale)?.item.text ?? r.slug;
  const unitOf = (r: (typeof rows)[number]) => (placeUnits as readonly (string | null)[]).includes(r.placeUnit) ? (r.placeUnit as PlaceUnit) : null;
  const places = new Map<string, PlaceView>();
  for (const row of rows) {
    const chain: PlaceView["chain"] = [];
    const seen = new Set([row.id]);
    let country = row.iso3166;
    for (let up = row.parentId === null ? undefined : byId.get(row.parentId); up && !seen.has(up.id); up = up.parentId === null ? undefined : byId.get(up.parentId)) {
      seen.add(up.id);
      chain.push({ slug: up.slug, name: nameOf(up), unit: unitOf(up) });
      country = up.iso3166 ?? country;
    }
    places.set(row.slug, { slug: row.slug, name: nameOf(row), unit: unitOf(row), lat: row.lat!, lon: row.lon!, iso3166: row.iso3166, country, chain });
  }
  return places;
}

/** The glossary's name of each country (by ISO 3166-1 numeric code) in the reader's locale. */
export function countryNames(places: Map<string, PlaceView>): Map<string, string> {
  return new Map([...places.values()].flatMap((p) => (p.iso3166 ? [[p.iso3166, p.name] as const] : [])));
}
