import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { directionOf, locales, type Locale } from "@/lib/locales";
import { formatIsoDate } from "@/lib/format/date";
import type { TermCard as Card } from "@/lib/types";
import { TermNames } from "./term-names";

export const cardId = (slug: string) => `term-${slug}`;

/**
 * A term's card: a non-modal dialog in the top layer (HTML popover), opened by the term buttons
 * that name it in popovertarget. Rendered on the server, so the page carries its terms' data and
 * opening a card needs no request; it works without JavaScript too.
 */
export async function TermCard({ card, locale }: { card: Card; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "TermCard" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const id = cardId(card.slug);
  return (
    <div id={id} className="term-card" role="dialog" aria-labelledby={`${id}-name`} popover="auto">
      <div className="term-card__head">
        <p id={`${id}-name`} className="term-card__name" translate="no">
          {card.name}
        </p>
        <p className="term-card__kind">{kinds(card.kind)}</p>
        <button type="button" className="term-card__close" popoverTarget={id} popoverTargetAction="hide">
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t("close")}</span>
        </button>
      </div>
      {card.definition ? (
        <>
          <p className="term-card__definition" lang={card.definition.locale} dir={directionOf(card.definition.locale)}>
            {card.definition.text}
          </p>
          {card.definition.fallback && (
            <p className="term-card__note">{t("fallback", { language: languages(locale) })}</p>
          )}
        </>
      ) : (
        <p className="term-card__note">{t("noDefinition")}</p>
      )}
      <p className="term-card__subhead">{t("names")}</p>
      <TermNames
        names={card.names}
        languages={Object.fromEntries(locales.map((l) => [l, languages(l)])) as Record<Locale, string>}
        translitLabel={t("transliteration")}
      />
      <p className="term-card__meta">
        {t("sources")}:{" "}
        {card.sources.slice(0, 1).map((s, i) => (
          <span key={s.key}>
            {i > 0 && "; "}
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer external">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </span>
        ))}
        {card.sources.length > 1 && ` (+${card.sources.length - 1})`}
        {". "}
        {t("asOf", { date: formatIsoDate(card.asOf, locale) })}
      </p>
      <a className="term-card__entry" href={getPathname({ locale, href: `/glossary/${card.slug}` })}>
        {t("entry", { name: card.name })}
      </a>
    </div>
  );
}
