import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/paths";
import { getLocators } from "@/components/map/locator-maps";
import { MapBases } from "@/components/map/map-svg";
import { formatIsoDate } from "@/lib/format/date";
import { byLocale, directionOf, type Locale } from "@/lib/locales";
import type { TermCard } from "@/lib/types";
import { cardId } from "./card-id";
import { TermCardList, type CardView } from "./term-card";

/** The cards of a page's terms, in the reader's language: strings are made here, on the server. */
export async function TermCards({ cards, locale }: { cards: TermCard[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "TermCard" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  // the cards' maps share base maps, rendered once here, before the cards
  const maps = (await getLocators(locale)).cards(cards.map((c) => c.slug));
  const views: CardView[] = cards.map((card) => {
    const source = card.sources[0];
    return {
      id: cardId(card.slug),
      slug: card.slug,
      name: card.name,
      kind: kinds(card.kind),
      definition: card.definition && { text: card.definition.text, locale: card.definition.locale, dir: directionOf(card.definition.locale) },
      note: !card.definition ? t("noDefinition") : card.definition.fallback ? t("fallback", { language: languages(locale) }) : null,
      names: card.names,
      source: source ? { title: source.title, url: source.url } : null,
      moreSources: Math.max(card.sources.length - 1, 0),
      asOf: t("asOf", { date: formatIsoDate(card.asOf, locale) }),
      entry: { href: getPathname({ locale, href: `/glossary/${card.slug}` }), label: t("entry", { name: card.name }) },
      place: maps.locate(card.slug),
    };
  });
  const labels = {
    close: t("close"),
    names: t("names"),
    sources: t("sources"),
    transliteration: t("transliteration"),
    know: t("know"),
    languages: byLocale(languages),
  };
  return (
    <>
      <MapBases bases={maps.bases} />
      <TermCardList cards={views} labels={labels} lang={locale} />
    </>
  );
}
