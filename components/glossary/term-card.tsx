"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { Locale } from "@/lib/locales";
import type { TermName } from "@/lib/types";
import { LocatorFigure } from "@/components/map/locator-figure";
import type { Locator } from "@/lib/places/locators";
import { offerCards } from "./card-store";
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

/** What a page's cards are made from: each card's data and the strings they share. */
export interface CardSet {
  cards: CardView[];
  labels: CardLabels;
}

/**
 * The page's term cards: non-modal dialogs in the top layer (HTML popovers), opened by the names
 * that name them in aria-controls (term-popovers.tsx). A card is built when it is first opened
 * (card-store.ts), so loading the page hydrates none of them; their data comes as one JSON string
 * (`set`, a CardSet), read then too: as props, its hundreds of fields would be revived one by one
 * while the page hydrates. Without JavaScript the names are links to the entries, and no card is
 * needed.
 */
export function TermCardList({ set, lang }: { set: string; lang: Locale }) {
  const [shown, setShown] = useState<{ read: CardSet; ids: readonly string[] } | null>(null);
  useEffect(() => {
    let read: CardSet | null = null;
    return offerCards((id) => {
      read ??= JSON.parse(set) as CardSet;
      if (!read.cards.some((c) => c.id === id)) return false;
      const from = read;
      flushSync(() => setShown((s) => (s?.read !== from ? { read: from, ids: [id] } : s.ids.includes(id) ? s : { read: from, ids: [...s.ids, id] })));
      return true;
    });
  }, [set]);
  return (
    <div className="term-cards" lang={lang}>
      {shown?.read.cards
        .filter((card) => shown.ids.includes(card.id))
        .map((card) => <Card key={card.id} card={card} labels={shown.read.labels} />)}
    </div>
  );
}

function Card({ card, labels }: { card: CardView; labels: CardLabels }) {
  return (
    <div id={card.id} className="term-card" role="dialog" aria-labelledby={`${card.id}-name`} popover="auto">
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
  );
}
