import "server-only";
import { whereNumeric } from "iso-3166-1";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { countryNames, getPlaces } from "@/lib/db/places";
import { locatorMap, type LocatorMap } from "@/lib/geo/locator-map";
import { captionText, placeCaption } from "@/lib/geo/place-caption";
import { inCase } from "@/lib/text/declension";
import { loadWorld } from "@/lib/geo/world";
import type { Locale } from "@/lib/locales";
import type { PlaceView } from "@/lib/types";
import type { MapDrawing } from "./map-svg";

/** Where a place is, for its card or entry page: the map, and what it is and where in words, its units linked. */
export interface Locator {
  map: MapDrawing;
  /** "Maymay, a district of Badakhshan Province, Afghanistan": the place, words, and the units it lies in linked to their entries. */
  caption: { text: string; href?: string; own?: true }[];
}

export type Detail = "entry" | "card";
/** An entry page's map is drawn at 240 × 180; a card's, carried by the article page for every place it names, is smaller and coarser. */
const detailOf: Record<Detail, { simplify: number; size: { width: number; height: number } }> = {
  entry: { simplify: 3, size: { width: 240, height: 180 } },
  card: { simplify: 6, size: { width: 160, height: 120 } },
};

// the geometry depends on the place only, not on the reader's language: computed once per place
const geometry = new Map<string, LocatorMap>();
function geometryOf(place: PlaceView, detail: Detail): LocatorMap {
  const key = `${place.slug} ${place.lat} ${place.lon} ${place.country} ${detail}`;
  let map = geometry.get(key);
  if (!map) {
    const frame = place.iso3166 ? "country" : "region";
    map = locatorMap(loadWorld(), { lat: place.lat, lon: place.lon, country: place.country, frame, ...detailOf[detail] });
    geometry.set(key, map);
  }
  return map;
}

/** The locators of every place, in the reader's language (one query for the page). */
export async function getLocators(locale: Locale): Promise<(slug: string, detail: Detail) => Locator | null> {
  const places = await getPlaces(locale);
  const glossaryNames = countryNames(places);
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const countryName = (iso: string) => {
    const alpha2 = whereNumeric(iso)?.alpha2;
    return glossaryNames.get(iso) ?? (alpha2 ? regions.of(alpha2) : undefined) ?? null;
  };
  const t = await getTranslations({ locale, namespace: "Map" });
  const list = new Intl.ListFormat([locale], { type: "conjunction" });
  return (slug, detail) => {
    const place = places.get(slug);
    if (!place) return null;
    const map = geometryOf(place, detail);
    const country = place.country ? (whereNumeric(place.country)?.alpha2 ?? place.country) : null;
    const caption = placeCaption(locale, place, country, (key, values) => t(key, values));
    const text = captionText(caption);
    // "on the border with Tajikistan": Russian puts the countries in the instrumental («с Таджикистаном»)
    const neighbours = map.borderWith.flatMap((iso) => countryName(iso) ?? []).map((name) => inCase(locale, name, "instrumental"));
    return {
      map: {
        width: map.width,
        height: map.height,
        land: map.land,
        home: map.home,
        borders: map.borders,
        point: map.point,
        labels: placeLabels(map).flatMap((l) => {
          const name = countryName(l.iso);
          return name ? [{ x: Math.round(l.x), y: Math.round(l.y), text: name }] : [];
        }),
        alt: neighbours.length ? t("onTheBorder", { place: text, countries: list.format(neighbours), count: neighbours.length }) : text,
      },
      caption: caption.map(({ slug, ...part }) => (slug ? { ...part, href: getPathname({ locale, href: `/glossary/${slug}` }) } : part)),
    };
  };
}

/** Labels kept clear of the marked place and of the frame's edges. */
function placeLabels(map: LocatorMap) {
  const em = map.width / 24; // the label's font size (components' CSS: 1/24 of the map's width)
  return map.labels.map((l) => {
    const x = Math.min(Math.max(l.x, 3.5 * em), map.width - 3.5 * em);
    let y = Math.min(Math.max(l.y, 1.4 * em), map.height - 0.6 * em);
    // too near the marked place: move the label off it, on its country's side (up when level)
    if (Math.abs(x - map.point.x) < 4 * em && Math.abs(y - map.point.y) < 1.2 * em) y = l.y > map.point.y ? map.point.y + 1.8 * em : map.point.y - 1.2 * em;
    return { ...l, x, y };
  });
}
