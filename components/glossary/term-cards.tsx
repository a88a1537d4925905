import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/paths";
import { MapBases, type MapBaseDrawing } from "@/components/map/map-svg";
import { getLocators } from "@/lib/places/locators";
import { formatIsoDate } from "@/lib/format/date";
import { languageLabel, languageLabels } from "@/lib/format/language";
import { directionOf, locales, type Locale } from "@/lib/locales";
import type { TermCard } from "@/lib/types";
import { cardId } from "./card-id";
import { TermCardList, type CardSet, type CardView } from "./term-card";

/**
 * The cards' data with every string in the reader's language, made on the server (the article page
 * and the editor's preview) as the one JSON string TermCardList reads (`set`, a CardSet); their maps
 * share base maps, rendered once before the cards.
 */
export async function termCardData(cards: TermCard[], locale: Locale): Promise<{ set: string; bases: MapBaseDrawing[] }> {
  const t = await getTranslations({ locale, namespace: "TermCard" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const language = (tag: string) => languageLabel(tag, locale, languages);
  const maps = (await getLocators(locale)).cards(cards.map((c) => c.slug));
  const views: CardView[] = cards.map((card) => {
    const source = card.sources[0];
    return {
      id: cardId(card.slug),
      slug: card.slug,
      name: card.name,
      nameTag: card.nameTag,
      nameNote: card.nameFallback ? t("nameFallback", { language: languages(locale), shown: language(card.nameTag) }) : null,
      kind: card.subject ? `${kinds(card.kind)} · ${card.subject}` : kinds(card.kind),
      definition: card.definition && { text: card.definition.text, tag: card.definition.tag, dir: directionOf(card.definition.tag) },
      note: !card.definition ? t("noDefinition") : card.definition.fallback ? t("fallback", { language: languages(locale), shown: language(card.definition.tag) }) : null,
      names: card.names,
      otherNames: card.otherNames,
      source: source ? { title: source.title, url: source.url } : null,
      moreSources: Math.max(card.sources.length - 1, 0),
      asOf: card.asOf && t("asOf", { date: formatIsoDate(card.asOf, locale) }),
      entry: { href: getPathname({ locale, href: `/glossary/${card.slug}` }), label: t("entry", { name: card.name }) },
      place: maps.locate(card.slug),
    };
  });
  const labels = {
    close: t("close"),
    names: t("names"),
    otherLanguages: t("otherLanguages"),
    sources: t("sources"),
    transliteration: t("transliteration"),
    know: t("know"),
    statuses: { deprecated: t("deprecated"), superseded: t("superseded") },
    languages: languageLabels([...locales, ...cards.flatMap((c) => [...c.names, ...c.otherNames].map((n) => n.tag))], locale, languages),
  };
  return { set: JSON.stringify({ cards: views, labels } satisfies CardSet), bases: maps.bases };
}

/** The cards of a page's terms, in the reader's language: strings are made here, on the server. */
export async function TermCards({ cards, locale }: { cards: TermCard[]; locale: Locale }) {
  const data = await termCardData(cards, locale);
  return (
    <>
      <MapBases bases={data.bases} />
      <TermCardList set={data.set} lang={locale} />
    </>
  );
}
