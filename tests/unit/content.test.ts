import fs from "node:fs";
import { geoContains, geoDistance } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import { loadWorld } from "@/lib/geo/world";
import { whereNumeric } from "iso-3166-1";
import { createTranslator } from "use-intl/core";
import { captionText, placeCaption } from "@/lib/geo/place-caption";
import { placeKinds, placeUnits, type TermFile } from "@/lib/import/glossary-schema";
import { locales } from "@/lib/locales";
import { fold } from "@/lib/text/normalize";
import type { PlaceUnit, PlaceView } from "@/lib/types";
import { romanizedLocales } from "@/lib/import/translit-edit";
import { romanize } from "@/lib/text/romanize";
import { loadSeedData } from "@/prisma/seed";

/**
 * Checks of the glossary's content, against the real data files (prisma/data): what the content
 * decisions of issue 9 ask of every term. Each check lists every failure as "term (locale): problem",
 * so that one run says all that is left to fix.
 */

const { sources, terms } = loadSeedData();
const bySlug = new Map(terms.map((t) => [t.slug, t]));
const problems = (list: string[]) => expect(list).toEqual([]);
/** A language's names as text, preferred first. */
const namesIn = (t: TermFile, tag: string) => {
  const n = t.names[tag];
  return n ? [n.preferred, ...n.variants, ...n.aliases, ...n.forms, ...n.exact].flatMap((x) => (x ? [x.text] : [])) : [];
};
const preferredIn = (t: TermFile, tag: string) => t.names[tag]?.preferred?.text ?? t.slug;

test("every source key used resolves to a source that has a date", () => {
  const known = new Map(sources.map((s) => [s.key, s]));
  problems(
    terms.flatMap((t) => {
      const used = [
        ...Object.entries(t.definitions).flatMap(([l, d]) => (d?.sources ?? []).map((key) => ({ key, where: `definition (${l})` }))),
        ...t.claims.map((c) => ({ key: c.source, where: `claim ${c.property}` })),
        ...(t.place ? [{ key: t.place.source, where: "place" }] : []),
      ];
      return used.flatMap(({ key, where }) => {
        const source = known.get(key);
        if (!source) return [`${t.slug} ${where}: unknown source "${key}"`];
        return source.date ? [] : [`${t.slug} ${where}: source "${key}" has no date`];
      });
    }),
  );
});

/**
 * A qualifier of the English definition, and the renderings that keep it in each translation. A
 * translation that has none of them has dropped the qualifier (or strengthened the statement).
 */
const qualifiers: { en: RegExp; ru: RegExp; tg: RegExp; fa: RegExp }[] = [
  { en: /\bunconfirmed\b/i, ru: /неподтвержд/i, tg: /тасдиқнашуда|тасдиқ нашуда|тасдиқ на/i, fa: /تأیید\s*نشده|تایید\s*نشده|تأییدنشده|تاییدنشده/ },
  {
    en: /\breportedly\b|\bwas reported\b|\bare reported\b|\bis reported\b|\breports\b/i,
    ru: /по (некоторым |имеющимся )?(данным|сообщениям|информации|сведениям)|сообща|сообщени|как сообщ/i,
    tg: /гузориш|хабар (дода|медиҳ)|тибқи (хабар|иттилоъ|иттилоот|маълумот)|ба гуфтаи|ба иттилои/i,
    fa: /گزارش|به گفته|گفته می‌شود|خبر/,
  },
  {
    en: /\baccording to\b/i,
    ru: /по (данным|словам|сведениям|информации|мнению|версии)|согласно|как (сообщ|утвержд|заяв|говорится)/i,
    tg: /ба гуфтаи|ба навиштаи|ба иттилои|тибқи|мувофиқи|бино ба|аз рӯи/i,
    fa: /به گفته|بنا بر|طبق|به نوشته|به گزارش|بر اساس|بنابر/,
  },
  { en: /\bpurportedly\b|\ballegedly\b|\balleged\b/i, ru: /якобы|предположительно|предполагаем|по утверждени|предпола/i, tg: /гӯё|эҳтимолан|тахминан|иддао|иддаъо/i, fa: /ظاهراً|ظاهرا|ادعا|گویا|گفته می‌شود|احتمالاً/ },
  { en: /\b(said|says|say)\b/i, ru: /по словам|заяв|сообщ|сказал|говор|утвержда/i, tg: /ба гуфтаи|гуфт|изҳор|иброз|хабар дод|мегӯ/i, fa: /به گفته|گفت|اعلام|اظهار|می‌گوی/ },
  // a group claiming an attack: "claimed responsibility", not that it did it
  { en: /\b(claimed|claims|claim)\b/i, ru: /заяв|утвержда|взял\p{L}* на себя/iu, tg: /иддао|иддаъо|изҳор|бар дӯш гирифт|ба ӯҳда гирифт|масъулият/i, fa: /ادعا|مسئولیت|اعلام/ },
];

test("no translation of a definition drops a qualifier that the English has", () => {
  problems(
    terms.flatMap((t) => {
      const en = t.definitions.en?.text;
      if (!en) return [];
      return qualifiers.flatMap((q) =>
        q.en.test(en)
          ? (["ru", "tg", "fa"] as const).flatMap((l) => {
              const text = t.definitions[l]?.text;
              return text === undefined || q[l].test(text) ? [] : [`${t.slug} (${l}): the English says "${en.match(q.en)![0]}", the translation has no ${q[l]}`];
            })
          : [],
      );
    }),
  );
});

/**
 * Tajik Cyrillic since the 1998 reform: а б в г ғ д е ё ж з и ӣ й к қ л м н о п р с т у ӯ ф х ҳ ч ҷ ш ъ
 * э ю я. A name in any other Cyrillic letter is written the Russian way: ц щ ы ь were abolished in
 * 1998 (Tajik writes с or тс, ш, и, and nothing), and Russian "дж" is Tajik ҷ (Джурм → Ҷурм). Latin
 * letters, digits and punctuation (RFE/RL, ИГ-Хуросон) are allowed.
 */
const tajikLetters = /^[абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя]$/i;
const russianInTajik = (name: string): string[] => [
  ...[...name].filter((c) => /\p{Script=Cyrillic}/u.test(c) && !tajikLetters.test(c)).map((c) => `the letter ${c}`),
  ...(/дж/i.test(name) ? ["дж (Tajik writes ҷ)"] : []),
];

test("every Tajik name uses Tajik letters, not Russian spellings", () => {
  problems(
    terms.flatMap((t) => {
      return namesIn(t, "tg").flatMap((name) => {
        const found = [...new Set(russianInTajik(name))];
        return found.length ? [`${t.slug} (tg): "${name}" has ${found.join(", ")}`] : [];
      });
    }),
  );
});

/** Every Persian string of the glossary, the interface and the articles. */
const persianStrings = (): { where: string; text: string }[] => {
  const fromTerms = terms.flatMap((t) => {
    return [
      ...namesIn(t, "fa").map((text) => ({ where: `${t.slug} (fa) name`, text })),
      ...(t.definitions.fa ? [{ where: `${t.slug} (fa) definition`, text: t.definitions.fa.text }] : []),
      ...t.claims.flatMap((c) => (c.value.fa ? [{ where: `${t.slug} (fa) claim ${c.property}`, text: c.value.fa }] : [])),
    ];
  });
  const strings = (value: unknown, where: string): { where: string; text: string }[] =>
    typeof value === "string" ? [{ where, text: value }] : Object.entries(value as object).flatMap(([k, v]) => strings(v, `${where}.${k}`));
  const articles = fs.readdirSync("prisma/data/articles").flatMap((slug) => {
    const file = `prisma/data/articles/${slug}/fa.md`;
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").map((text, i) => ({ where: `${file}:${i + 1}`, text })) : [];
  });
  return [...fromTerms, ...strings(JSON.parse(fs.readFileSync("messages/fa.json", "utf8")), "messages/fa.json"), ...articles];
};

test("every Persian string uses Persian ی and ک, never Arabic ي or ك", () => {
  problems(persianStrings().flatMap(({ where, text }) => (/[يك]/.test(text) ? [`${where}: "${text.slice(0, 60)}" has Arabic ${[...new Set(text.match(/[يك]/g))].join(" ")}`] : [])));
});

test("the Russian and Tajik translit of every preferred name is the generated romanization", () => {
  problems(
    terms.flatMap((t) =>
      romanizedLocales.flatMap((l) => {
        const want = romanize(preferredIn(t, l), l);
        return t.names[l]?.translit === want ? [] : [`${t.slug} (${l}): translit "${t.names[l]?.translit}", generated "${want}" (npm run glossary -- romanize --write)`];
      }),
    ),
  );
});

/** The units a place lies in, up to its end (a country, or a unit with no partOf), or a problem. */
function chainOf(t: TermFile): { end: TermFile; problem: string | null } {
  const seen = new Set([t.slug]);
  let end = t;
  while (end.place?.partOf) {
    const up = bySlug.get(end.place.partOf);
    if (!up) return { end, problem: `partOf "${end.place.partOf}" is not a term` };
    if (seen.has(up.slug)) return { end, problem: `partOf goes round in a circle at ${up.slug}` };
    seen.add(up.slug);
    end = up;
  }
  return { end, problem: null };
}

test("every place and feature has a place, and every place's partOf chain ends at a country with iso3166", () => {
  problems(
    terms.flatMap((t) => {
      if (!(placeKinds as readonly string[]).includes(t.kind)) return [];
      if (!t.place) return [`${t.slug}: kind ${t.kind} has no place`];
      const { end, problem } = chainOf(t);
      if (problem) return [`${t.slug}: ${problem}`];
      // a feature that lies in no single unit (partOf null) may end anywhere
      if (t.kind === "feature" && t.place.partOf === null) return [];
      return end.place?.iso3166 ? [] : [`${t.slug}: its chain ends at ${end.slug}, which has no iso3166`];
    }),
  );
});

const featureUnits: readonly PlaceUnit[] = ["river", "mountains", "valley", "historical-region", "tribal-areas"];

test("every place and feature says what it is (place.unit), a kind of feature for a feature, a country for a country", () => {
  problems(
    terms.flatMap((t) => {
      if (!t.place) return [];
      const { unit } = t.place;
      if (!unit) return [`${t.slug}: place has no unit (one of ${placeUnits.join(", ")})`];
      if (featureUnits.includes(unit) !== (t.kind === "feature")) return [`${t.slug}: a ${t.kind} cannot be a ${unit}`];
      const parent = t.place.partOf ? bySlug.get(t.place.partOf)?.place?.unit : null;
      if (unit === "district" && parent !== "province" && parent !== "country") return [`${t.slug}: a district lies in a province or a country, not in a ${parent}`];
      return [];
    }),
  );
});

test("every place's caption reads in every locale: no word twice in a row, the place and each unit named", () => {
  const places = terms.filter((t) => t.place);
  problems(
    locales.flatMap((locale) => {
      const messages = JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"));
      const t = createTranslator({ locale, messages, namespace: "Map" });
      return places.flatMap((term) => {
        const chain: PlaceView["chain"] = [];
        for (let up = term.place!.partOf ? bySlug.get(term.place!.partOf) : undefined; up; up = up.place?.partOf ? bySlug.get(up.place.partOf) : undefined) {
          chain.push({ slug: up.slug, name: preferredIn(up, locale), unit: up.place!.unit });
        }
        const iso = chainOf(term).end.place?.iso3166;
        const country = (iso && whereNumeric(iso)?.alpha2) || "none";
        const parts = placeCaption(locale, { slug: term.slug, name: preferredIn(term, locale), unit: term.place!.unit, chain }, country, (key, values) => t(key, values));
        const words = fold(captionText(parts)).split(/[\s,،—-]+/).filter(Boolean);
        const twice = words.find((w, i) => w === words[i + 1]);
        const linked = parts.flatMap((p) => p.slug ?? []);
        return [
          ...(twice ? [`${term.slug} (${locale}): "${captionText(parts)}" says "${twice}" twice`] : []),
          ...(linked.join() === chain.map((c) => c.slug).join() ? [] : [`${term.slug} (${locale}): links ${linked.join(", ")}, not its chain`]),
        ];
      });
    }),
  );
});

test("every place's coordinates lie inside the borders of its chain's country (Natural Earth 1:50m)", () => {
  const world = loadWorld();
  const countries = new Map((feature(world, world.objects.countries).features as Feature<Geometry>[]).map((c) => [String(c.id), c]));
  problems(
    terms.flatMap((t) => {
      if (!t.place) return [];
      const iso = chainOf(t).end.place?.iso3166;
      if (!iso) return [];
      const country = countries.get(iso);
      if (!country) return [`${t.slug}: no country ${iso} in Natural Earth`];
      const point: [number, number] = [t.place.lon, t.place.lat];
      if (geoContains(country, point)) return [];
      const inside = [...countries.values()].find((c) => geoContains(c, point));
      const km = Math.round(nearestKm(country.geometry, point));
      return [`${t.slug}: ${t.place.lat}, ${t.place.lon} is not in ${iso} (${km} km outside${inside ? `, in ${inside.id} ${(inside.properties as { name: string }).name}` : ""})`];
    }),
  );
});

function nearestKm(geometry: Geometry, at: [number, number]): number {
  let best = Infinity;
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === "number") best = Math.min(best, geoDistance(at, c as [number, number]));
    else (c as unknown[]).forEach(visit);
  };
  if ("coordinates" in geometry) visit(geometry.coordinates);
  return best * 6371;
}
