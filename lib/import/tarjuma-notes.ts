/**
 * What the glossary stores that TBX-Basic has no data category for travels as a <note> whose text
 * has one parseable form, `tarjuma:KEY=VALUE`. Other tools show such notes as they are; this
 * project's readers take them back. A note that starts with "tarjuma:" but does not parse is kept
 * as an ordinary note.
 *
 *   concept   tarjuma:kind=person                       the kind, when the subject field does not give it
 *             tarjuma:asOf=2020-12-21                   the date the facts are current as of
 *             tarjuma:place={"lat":…,"lon":…,"source":…,"partOf":…,"iso3166":…}   where a place is (JSON)
 *   language  tarjuma:claim=1;captured;AP-tg=VALUE      a fact (its position, property and source) in this language
 *   name      tarjuma:role=variant                      our role: variant, alias, form or exact
 *             tarjuma:translit                          this Latin-script name transliterates the preferred name
 *             tarjuma:usage=TEXT                        a usage note
 *             tarjuma:partOfSpeech=properNoun           a value outside TBX-Basic's picklist (also termType, gender)
 */

const PREFIX = "tarjuma:";

export type TarjumaNote =
  | { key: "kind" | "asOf" | "place" | "role" | "usage" | "partOfSpeech" | "termType" | "gender"; value: string }
  | { key: "translit" }
  | { key: "claim"; position: number; property: string; source: string; value: string };

const simple = new Set(["kind", "asOf", "place", "role", "usage", "partOfSpeech", "termType", "gender"]);

export function encodeNote(note: TarjumaNote): string {
  if (note.key === "translit") return `${PREFIX}translit`;
  if (note.key === "claim") return `${PREFIX}claim=${note.position};${note.property};${note.source}=${note.value}`;
  return `${PREFIX}${note.key}=${note.value}`;
}

/** The note's meaning, or null for an ordinary note. */
export function decodeNote(text: string): TarjumaNote | null {
  if (!text.startsWith(PREFIX)) return null;
  const body = text.slice(PREFIX.length);
  if (body === "translit") return { key: "translit" };
  const claim = /^claim=(\d+);([A-Za-z]+);([A-Za-z0-9][A-Za-z0-9_-]*)=([\s\S]+)$/.exec(body);
  if (claim) return { key: "claim", position: Number(claim[1]), property: claim[2]!, source: claim[3]!, value: claim[4]! };
  const eq = body.indexOf("=");
  const key = body.slice(0, eq);
  if (eq > 0 && simple.has(key) && body.length > eq + 1) return { key: key as "kind", value: body.slice(eq + 1) };
  return null;
}

/** TBX-Basic's picklists: other values are written as a tarjuma note instead. */
export const picklists = {
  partOfSpeech: ["adjective", "noun", "other", "verb", "adverb"],
  termType: ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"],
  gender: ["masculine", "feminine", "neuter", "other"],
} as const;
