import "server-only";
import { whereNumeric } from "iso-3166-1";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/paths";
import { countryNames, getPlaces } from "@/lib/db/places";
import { locatorMap, sharedLocatorMaps, type LocatorMap, type MapBase, type MapLabel, type MapRequest, type MapView } from "@/lib/geo/locator-map";
import { captionText, placeCaption } from "@/lib/geo/place-caption";
import { inCase } from "@/lib/text/declension";
import { loadWorld } from "@/lib/geo/world";
import type { Locale } from "@/lib/locales";
import type { PlaceView } from "@/lib/types";
import type { MapBaseDrawing, MapDrawing } from "@/components/map/map-svg";

/** Where a place is, for its card or entry page: the map, and what it is and where in words, its units linked. */
export interface Locator {
  map: MapDrawing;
  /** "Maymay, a district of Badakhshan Province, Afghanistan": the place, words, and the units it lies in linked to their entries. */
  caption: { text: string; href?: string; own?: true }[];
}

/** An entry page's map is drawn at 240 × 180, self-contained. */
const ENTRY = { simplify: 3, size: { width: 240, height: 180 } };
/** A card's, carried by the article page for every place it names, is smaller, coarser and drawn from bases the page's cards share. */
const CARD = { simplify: 6, size: { width: 160, height: 120 } };

const requestOf = (place: PlaceView): MapRequest => ({ lat: place.lat, lon: place.lon, country: place.country, frame: place.iso3166 ? "country" : "region" });
const keyOf = (place: PlaceView) => `${place.slug} ${place.lat} ${place.lon} ${place.country} ${place.iso3166 !== null}`;

// the geometry depends on the places only, not on the reader's language: computed once per place
// (an entry's map) or per set of places (a page's cards), however many locales and pages ask
const entries = new Map<string, LocatorMap>();
const cardSets = new Map<string, { bases: MapBase[]; views: Map<string, MapView> }>();

function entryGeometry(place: PlaceView): LocatorMap {
  const key = keyOf(place);
  let map = entries.get(key);
  if (!map) entries.set(key, (map = locatorMap(loadWorld(), { ...requestOf(place), ...ENTRY })));
  return map;
}

function cardGeometry(places: PlaceView[]) {
  const key = places.map(keyOf).sort().join("\n");
  let set = cardSets.get(key);
  if (!set) {
    const { bases, views } = sharedLocatorMaps(loadWorld(), places.map(requestOf), CARD.size, CARD.simplify);
    set = { bases, views: new Map(places.map((p, i) => [p.slug, views[i]!])) };
    cardSets.set(key, set);
  }
  return set;
}

/**
 * Where the places are, in the reader's language (one query for the page): an entry page's map,
 * or the maps of a page's cards with the base maps they share (rendered once on the page, by
 * MapBases, before the cards).
 */
export async function getLocators(locale: Locale) {
  const places = await getPlaces(locale);
  const glossaryNames = countryNames(places);
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const countryName = (iso: string) => {
    const alpha2 = whereNumeric(iso)?.alpha2;
    return glossaryNames.get(iso) ?? (alpha2 ? regions.of(alpha2) : undefined) ?? null;
  };
  const t = await getTranslations({ locale, namespace: "Map" });
  const list = new Intl.ListFormat([locale], { type: "conjunction" });

  /** The caption, the text alternative and the labels of a place's map, in the reader's language. */
  const words = (place: PlaceView, map: { width: number; point: { x: number; y: number }; height: number; labels: MapLabel[]; borderWith: string[] }) => {
    const country = place.country ? (whereNumeric(place.country)?.alpha2 ?? place.country) : null;
    const caption = placeCaption(locale, place, country, (key, values) => t(key, values));
    const text = captionText(caption);
    // "on the border with Tajikistan": Russian puts the countries in the instrumental («с Таджикистаном»)
    const neighbours = map.borderWith.flatMap((iso) => countryName(iso) ?? []).map((name) => inCase(locale, name, "instrumental"));
    return {
      caption: caption.map(({ slug, ...part }) => (slug ? { ...part, href: getPathname({ locale, href: `/glossary/${slug}` }) } : part)),
      alt: neighbours.length ? t("onTheBorder", { place: text, countries: list.format(neighbours), count: neighbours.length }) : text,
      labels: placeLabels(map).flatMap((l) => {
        const name = countryName(l.iso);
        return name ? [{ x: Math.round(l.x), y: Math.round(l.y), text: name }] : [];
      }),
    };
  };

  return {
    entry(slug: string): Locator | null {
      const place = places.get(slug);
      if (!place) return null;
      const map = entryGeometry(place);
      const { caption, alt, labels } = words(place, map);
      return { map: { width: map.width, height: map.height, land: map.land, home: map.home, borders: map.borders, point: map.point, labels, alt }, caption };
    },
    cards(slugs: readonly string[]): { bases: MapBaseDrawing[]; locate: (slug: string) => Locator | null } {
      const located = slugs.flatMap((s) => places.get(s) ?? []);
      if (located.length === 0) return { bases: [], locate: () => null };
      const { bases, views } = cardGeometry(located);
      return {
        bases,
        locate(slug) {
          const place = places.get(slug);
          const view = views.get(slug);
          if (!place || !view) return null;
          const { caption, alt, labels } = words(place, view);
          return {
            map: {
              width: view.width,
              height: view.height,
              base: { n: view.base, home: view.home, ...view.transform },
              point: view.point,
              labels,
              alt,
            },
            caption,
          };
        },
      };
    },
  };
}

/** Labels kept clear of the marked place and of the frame's edges. */
function placeLabels(map: { width: number; height: number; point: { x: number; y: number }; labels: MapLabel[] }) {
  const em = map.width / 24; // the label's font size (components' CSS: 1/24 of the map's width)
  return map.labels.map((l) => {
    const x = Math.min(Math.max(l.x, 3.5 * em), map.width - 3.5 * em);
    let y = Math.min(Math.max(l.y, 1.4 * em), map.height - 0.6 * em);
    // too near the marked place: move the label off it, on its country's side (up when level)
    if (Math.abs(x - map.point.x) < 4 * em && Math.abs(y - map.point.y) < 1.2 * em) y = l.y > map.point.y ? map.point.y + 1.8 * em : map.point.y - 1.2 * em;
    return { ...l, x, y };
  });
}
