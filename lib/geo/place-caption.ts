import type { Locale } from "../locales";
import { inCase } from "../text/declension";
import { fold, isWordAt } from "../text/normalize";
import type { PlaceUnit, PlaceView } from "../types";

/**
 * What a place is and where, in words, for a locator map's caption and text alternative:
 * "Maymay, a district of Badakhshan Province, Afghanistan", «Маймай — уезд провинции Бадахшан,
 * Афганистан», «Моймай — вулусволии вилояти Бадахшон, Афғонистон», «مایمی، یکی از ولسوالی‌های
 * ولایت بدخشان، افغانستان». Pure: the sentences come from the Map messages through `t`.
 *
 * - A name that already carries its unit word («провинция Бадахшан», «вилояти Бадахшон», "Panj
 *   River") is not followed by it again: the caption is the name and the units it lies in.
 * - Otherwise the place's unit word and its nearest unit ("a district of …"), then the others.
 *   The nearest unit is put in the case the sentence needs (Russian: «уезд провинции Бадахшан»,
 *   «город Таджикистана»); one whose name lacks its own unit word gets it («уезда Куран-ва-Мунджан»,
 *   «вулусволии Курону Мунҷон»), except a country.
 * - A feature in no unit (the Pamirs) is named with its kind ("a mountain range").
 */

/** The Map messages this needs; values are ICU arguments (unit words differ by unit and country). */
export type CaptionMessages = (key: "unit" | "parentUnit" | "inParent" | "alone" | "separator", values?: Record<string, string>) => string;

/** A piece of the caption: the place itself, a unit linked to its entry, or words between. */
export type CaptionPart = { text: string; slug?: string; own?: true };

/** ICU select keys cannot hold "-": "autonomous-region" is asked for as "autonomous_region". */
const selectKey = (unit: PlaceUnit | null) => (unit ?? "none").replace(/-/g, "_");

/** True when the name holds the unit's word at the start of one of its words (folded: case, marks, ӣ/и). */
function carriesUnit(name: string, unitWord: string): { words: number } | null {
  const word = fold(unitWord);
  if (!word) return null;
  const text = fold(name);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordAt(text, at - 1)) return { words: text.slice(0, at + word.length).split(" ").length };
  }
  return null;
}

const PLACE = "\u0001";
const PARENT = "\u0002";

export function placeCaption(locale: Locale, place: Pick<PlaceView, "slug" | "name" | "unit" | "chain">, country: string | null, t: CaptionMessages): CaptionPart[] {
  const values = (unit: PlaceUnit | null) => ({ unit: selectKey(unit), country: country ?? "none" });
  const separator = t("separator");
  const links = (chain: PlaceView["chain"]) => chain.flatMap((c) => [{ text: separator }, { text: c.name, slug: c.slug }]);
  const own: CaptionPart = { text: place.name, own: true };
  const [parent, ...rest] = place.chain;
  let parts: CaptionPart[];
  if (!place.unit || place.unit === "country" || carriesUnit(place.name, t("unit", values(place.unit)))) {
    parts = [own, ...links(place.chain)];
  } else if (!parent) {
    parts = fill(t("alone", { ...values(place.unit), place: PLACE }), own, null);
  } else {
    const sentence = t("inParent", { ...values(place.unit), place: PLACE, parent: PARENT });
    parts = [...fill(sentence, own, { text: parentPhrase(locale, parent, values(parent.unit), t), slug: parent.slug }), ...links(rest)];
  }
  // a caption starts a sentence: «Провинция Бадахшан, Афганистан»
  const [first, ...others] = parts;
  return first ? [{ ...first, text: first.text.charAt(0).toLocaleUpperCase(locale) + first.text.slice(1) }, ...others] : [];
}

/** The nearest unit as the sentence needs it: in its case, with its unit word when its name lacks it. */
function parentPhrase(locale: Locale, parent: PlaceView["chain"][number], values: Record<string, string>, t: CaptionMessages): string {
  if (parent.unit === "country" || !parent.unit) return inCase(locale, parent.name, "genitive");
  const carried = carriesUnit(parent.name, t("unit", values));
  if (carried) return inCase(locale, parent.name, "genitive", carried.words);
  const word = t("parentUnit", values);
  return word ? `${word} ${parent.name}` : parent.name;
}

/** The sentence cut into parts where the place and the parent were put. */
function fill(sentence: string, own: CaptionPart, parent: CaptionPart | null): CaptionPart[] {
  return sentence
    .split(new RegExp(`(${PLACE}|${PARENT})`))
    .filter(Boolean)
    .map((piece) => (piece === PLACE ? own : piece === PARENT && parent ? parent : { text: piece }));
}

/** The caption as plain text, for the map's text alternative. */
export const captionText = (parts: readonly CaptionPart[]) => parts.map((p) => p.text).join("");
