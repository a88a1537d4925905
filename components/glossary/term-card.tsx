"use client";

import type { Locale } from "@/lib/locales";
import type { TermName } from "@/lib/types";
import { LocatorFigure } from "@/components/map/locator-figure";
import type { Locator } from "@/lib/places/locators";
import { SourceLink } from "./source-link";
import { TermNames } from "./term-names";

/** One card, with every string already in the reader's language (see term-cards.tsx). */
export interface CardView {
  id: string;
  slug: string;
  name: string;
  /** The tag of the name's language (another than the reader's when it falls back) */
  nameTag: string;
  /** "There is no name in Persian yet: shown in English." */
  nameNote: string | null;
  kind: string;
  definition: { text: string; tag: string; dir: "ltr" | "rtl" } | null;
  /** "Shown in English: ...", or "No definition yet." */
  note: string | null;
  names: TermName[];
  /** Names in languages other than the four the site is read in */
  otherNames: TermName[];
  source: { title: string; url: string | null } | null;
  moreSources: number;
  asOf: string | null;
  entry: { href: string; label: string };
  /** For a place or feature: its locator map and chain of units (a few hundred bytes of path data). */
  place: Locator | null;
}

/** The strings every card shares, sent once per page. */
export interface CardLabels {
  close: string;
  names: string;
  otherLanguages: string;
  sources: string;
  transliteration: string;
  /** "I know this": marks the name as known (term-popovers.tsx), so it is no longer highlighted. */
  know: string;
  statuses: Record<"deprecated" | "superseded", string>;
  /** The name of every language the page's cards show, by tag */
  languages: Record<string, string>;
}

/**
 * The page's term cards: non-modal dialogs in the top layer (HTML popovers), opened by the term
 * buttons that name them in popovertarget. Rendered into the page's HTML, so opening a card needs
 * no request, and it works without JavaScript too. A client component only so that the page's
 * React payload carries each card's data once, compactly, rather than its whole element tree.
 */
export function TermCardList({ cards, labels, lang }: { cards: CardView[]; labels: CardLabels; lang: Locale }) {
  return (
    <div className="term-cards" lang={lang}>
      {cards.map((card) => (
        <div key={card.id} id={card.id} className="term-card" role="dialog" aria-labelledby={`${card.id}-name`} popover="auto">
          <div className="term-card__head">
            <p id={`${card.id}-name`} className="term-card__name" translate="no" lang={card.nameTag}>
              {card.name}
            </p>
            <p className="term-card__kind">{card.kind}</p>
            <button type="button" className="term-card__close" popoverTarget={card.id} popoverTargetAction="hide">
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{labels.close}</span>
            </button>
          </div>
          {card.nameNote && <p className="term-card__note">{card.nameNote}</p>}
          {card.definition && (
            <p className="term-card__definition" lang={card.definition.tag} dir={card.definition.dir}>
              {card.definition.text}
            </p>
          )}
          {card.note && <p className="term-card__note">{card.note}</p>}
          {card.place && <LocatorFigure locator={card.place} className="term-card__map" />}
          <p className="term-card__subhead">{labels.names}</p>
          <TermNames names={card.names} languages={labels.languages} translitLabel={labels.transliteration} statusLabels={labels.statuses} />
          {card.otherNames.length > 0 && (
            <>
              <p className="term-card__subhead">{labels.otherLanguages}</p>
              <TermNames names={card.otherNames} languages={labels.languages} translitLabel={labels.transliteration} statusLabels={labels.statuses} />
            </>
          )}
          <p className="term-card__meta">
            {labels.sources}:{" "}
            {card.source && (
              <span>
                <SourceLink title={card.source.title} url={card.source.url} />
              </span>
            )}
            {card.moreSources > 0 && ` (+${card.moreSources})`}
            {card.asOf && `. ${card.asOf}`}
          </p>
          <p className="term-card__actions">
            <a className="term-card__entry" href={card.entry.href}>
              {card.entry.label}
            </a>
            <button type="button" className="term-card__know" data-know={card.slug}>
              {labels.know}
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}
