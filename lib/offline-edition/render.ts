/**
 * The offline edition of an article: one HTML file with every edition and every card, its styles
 * and fonts inside, that opens from a file in any current browser with no request and no script.
 * Cards are native popovers (popovertarget); editions are switched by in-page links (:target).
 * Pure: the data, strings, styles and fonts are handed in (see build.ts).
 */
import { cardId } from "@/components/glossary/card-id";
import type { Locator } from "@/lib/places/locators";
import { baseId, type MapBaseDrawing, type MapDrawing } from "@/components/map/map-svg";
import { escapeHtml as esc } from "@/lib/text/html";
import { familyFor, type Weight } from "@/lib/fonts/faces";
import { directionOf, endonyms, localeOfTag, type Locale } from "@/lib/locales";
import type { ArticleView, Segment, TermCard } from "@/lib/types";
import type { FaceTexts } from "./fonts";


export interface EditionStrings {
  brand: string;
  editions: string;
  intro: string;
  readOnline: string;
  close: string;
  names: string;
  transliteration: string;
  sources: string;
  noDefinition: string;
  /** "Shown in English: ...", naming the language of the definition shown (its tag) */
  fallback: (shown: string) => string;
  entry: (name: string) => string;
  asOf: (isoDate: string) => string;
  kind: (kind: TermCard["kind"]) => string;
  /** A language's name, by BCP 47 tag */
  language: (tag: string) => string;
  /** "By {authors}" around the list of authors, which is set in the edition's language. */
  by: (authors: string[]) => { before: string; list: string; after: string };
  published: (isoDate: string) => string;
  source: string;
  translation: (originalLocale: Locale) => string;
}

export interface EditionInput {
  locale: Locale;
  /** Absolute addresses of the article and entries online, for links out (never loaded). */
  articleUrl: (locale: Locale) => string;
  entryUrl: (slug: string) => string;
  /** The cards' locator maps (components/map): the base maps they share, and each place card's map or null; its links are made absolute here. */
  maps: { bases: MapBaseDrawing[]; locate: (slug: string) => Locator | null };
  /** The site's address, for the maps' links to entries. */
  site: string;
  editions: ArticleView[];
  cards: TermCard[];
  strings: EditionStrings;
}

/** Where the file's styles go (build.ts): its fonts, once the text of each face is known, and the rules its markup uses. */
export const stylesSlot = "/*@styles*/";

// the editions show one at a time: the one the address points to, else the reader's (fonts follow
// the site's stylesheet: the nearest lang and the role decide, as renderEdition counts them)
const editionCss = (initial: string) =>
  `.edition{display:none;scroll-margin-top:5rem}.edition:target,.edition:has(:target){display:block}body:not(:has(.edition:target,.edition :target)) #${initial}{display:block}` +
  "a[hreflang]:lang(fa){font-family:var(--persian)}.edition-nav ul{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;margin:0;padding:0}.edition-intro{color:var(--muted);font-size:.9375rem}";

const editionId = (locale: Locale) => `edition-${locale}`;

/**
 * Renders the file, with stylesSlot where the styles go; the text each web font and weight must
 * draw; and the rules the file adds to the site's stylesheet.
 */
export function renderEdition(input: EditionInput): { html: string; text: FaceTexts; css: string } {
  const { locale, strings: s } = input;
  const text: FaceTexts = new Map();
  /**
   * Escapes text and notes the web font it is set in, as the site's stylesheet sets it
   * (lib/fonts/faces.ts: the nearest lang and the text's role). Capitals too where the style capitalises it.
   */
  const t = (value: string, lang: Locale, role: "reading" | "interface", weight: Weight = 400, upper = false) => {
    const family = familyFor(lang, role);
    if (family) {
      const weights = text.get(family) ?? text.set(family, new Map()).get(family)!;
      weights.set(weight, (weights.get(weight) ?? "") + (upper ? value + value.toLocaleUpperCase(lang) : value));
    }
    return esc(value);
  };
  const ui = (value: string, weight: Weight = 400, upper = false) => t(value, locale, "interface", weight, upper);
  const dot = `<span aria-hidden="true">${ui(" · ")}</span>`;
  // dir only where it differs from the page's (the file is read as it comes: every byte counts)
  const lang = (l: Locale) => (directionOf(l) === directionOf(locale) ? `lang="${l}"` : `lang="${l}" dir="${directionOf(l)}"`);

  const segments = (list: Segment[], edition: Locale, role: "reading" | "interface", weight: Weight) =>
    list
      .map((seg) =>
        "term" in seg
          ? `<button class="term" translate="no" popovertarget="${cardId(seg.term)}">${t(seg.text, edition, role, weight)}</button>`
          : t(seg.text, edition, role, weight),
      )
      .join("");

  const edition = (a: ArticleView) => {
    const l = a.locale;
    const by = s.by(a.authors);
    const byline = [
      `<span translate="no">${ui(by.before)}<span ${lang(l)}>${t(by.list, l, "interface")}</span>${ui(by.after)}</span>`,
      `<span translate="no">${ui(a.publisher)}</span>`,
      `<time datetime="${esc(a.publishedOn)}">${ui(s.published(a.publishedOn))}</time>`,
      ...(a.sourceUrl ? [`<a href="${esc(a.sourceUrl)}" rel="noopener noreferrer external">${ui(s.source)}</a>`] : []),
    ].join(dot);
    const blocks = a.blocks
      .map((b) =>
        b.kind === "heading"
          ? `<h2 id="${l}-${b.anchor}">${segments(b.segments, l, "interface", 700)}</h2>`
          : `<p id="${l}-${b.anchor}">${segments(b.segments, l, "reading", 400)}</p>`,
      )
      .join("\n");
    return (
      `<article class="article edition" id="${editionId(l)}" aria-labelledby="${editionId(l)}-title">` +
      `<header class="article-header"><h1 id="${editionId(l)}-title" ${lang(l)}>${t(a.title, l, "reading", 400)}</h1>` +
      `<p class="byline">${byline}</p>` +
      (a.locale !== a.originalLocale ? `<p class="notice" role="note">${ui(s.translation(a.originalLocale))}</p>` : "") +
      `</header><div class="article-body" ${lang(l)}>\n${blocks}\n</div>` +
      `<p><a href="${esc(input.articleUrl(l))}" hreflang="${l}">${ui(s.readOnline)}</a></p></article>`
    );
  };

  const card = (c: TermCard) => {
    const id = cardId(c.slug);
    // the names in the four reading languages (the fonts of the file are cut for their scripts)
    const names = c.names
      .flatMap((n) => {
        const l = localeOfTag(n.tag);
        return l ? [{ ...n, l }] : [];
      })
      .map(
        (n) =>
          `<div><dt>${ui(s.language(n.tag))}</dt><dd><span ${lang(n.l)} translate="no" class="term-card__native">${t(n.text, n.l, "interface")}</span>` +
          (n.translit
            ? `<span class="term-card__translit" translate="no"><span class="visually-hidden">${ui(`${s.transliteration}: `)}</span><i lang="${n.tag}-Latn">${t(n.translit, "en", "interface")}</i></span>`
            : "") +
          `</dd></div>`,
      )
      .join("");
    const source = c.sources[0];
    const note = !c.definition ? s.noDefinition : c.definition.fallback ? s.fallback(c.definition.tag) : null;
    const definitionLocale = c.definition ? (localeOfTag(c.definition.tag) ?? "en") : "en";
    return (
      `<div id="${id}" class="term-card" role="dialog" aria-labelledby="${id}-name" popover="auto">` +
      `<div class="term-card__head"><p id="${id}-name" class="term-card__name" translate="no">${ui(c.name, 700)}</p>` +
      `<p class="term-card__kind">${ui(s.kind(c.kind), 400, true)}</p>` +
      `<button type="button" class="term-card__close" popovertarget="${id}" popovertargetaction="hide"><span aria-hidden="true">${ui("×")}</span><span class="visually-hidden">${ui(s.close)}</span></button></div>` +
      (c.definition ? `<p class="term-card__definition" ${lang(definitionLocale)}>${t(c.definition.text, definitionLocale, "interface")}</p>` : "") +
      (note ? `<p class="term-card__note">${ui(note)}</p>` : "") +
      locator(input.maps.locate(c.slug)) +
      `<p class="term-card__subhead">${ui(s.names, 400, true)}</p>` +
      `<dl class="term-card__names">${names}</dl>` +
      `<p class="term-card__meta">${ui(`${s.sources}: `)}` +
      (source ? (source.url ? `<a href="${esc(source.url)}" rel="noopener noreferrer external">${ui(source.title)}</a>` : ui(source.title)) : "") +
      (c.sources.length > 1 ? ui(` (+${c.sources.length - 1})`) : "") +
      (c.asOf ? ui(`. ${s.asOf(c.asOf)}`) : "") + `</p>` +
      `<a class="term-card__entry" href="${esc(input.entryUrl(c.slug))}">${ui(s.entry(c.name), 700)}</a></div>`
    );
  };

  /** A place's locator map, as the cards on the site draw it (components/map/map-svg.tsx), with what and where it is in words. */
  const locator = (l: Locator | null) => {
    if (!l) return "";
    const caption = l.caption
      .map((part) => (part.href ? `<a href="${esc(new URL(part.href, input.site).href)}">${ui(part.text)}</a>` : part.own ? `<strong>${ui(part.text, 700)}</strong>` : ui(part.text)))
      .join("");
    return `<figure class="locator-map term-card__map">${mapSvg(l.map)}<figcaption translate="no">${caption}</figcaption></figure>`;
  };
  const mapSvg = (m: MapDrawing) => {
    const labels = m.labels.map((x) => `<text x="${x.x}" y="${x.y}">${ui(x.text)}</text>`).join("");
    const geometry =
      "base" in m
        ? `<g${m.base.scale === 1 && m.base.x === 0 && m.base.y === 0 ? "" : ` transform="matrix(${m.base.scale} 0 0 ${m.base.scale} ${m.base.x} ${m.base.y})"`}>` +
          `<use href="#${baseId(m.base.n, "land")}"/>${m.base.home ? `<use href="#${baseId(m.base.n, m.base.home)}"/>` : ""}<use href="#${baseId(m.base.n, "borders")}"/></g>`
        : `<path class="locator-map__land" d="${m.land}"/><path class="locator-map__home" d="${m.home}"/><path class="locator-map__borders" d="${m.borders}"/>`;
    return (
      `<svg class="locator-map__svg" viewBox="0 0 ${m.width} ${m.height}" role="img" aria-label="${esc(m.alt)}" font-size="${Math.round(m.width / 2.4) / 10}">` +
      `${geometry}<g class="locator-map__labels">${labels}</g><circle class="locator-map__point" cx="${m.point.x}" cy="${m.point.y}" r="${Math.round(m.width / 6) / 10}"/></svg>`
    );
  };
  /** The base maps the cards' maps draw with <use>, once for the file (components/map/map-svg.tsx's MapBases). */
  const mapBases = (bases: MapBaseDrawing[]) =>
    bases.length === 0
      ? ""
      : `<svg class="locator-map__bases" width="0" height="0" aria-hidden="true" focusable="false"><defs>` +
        bases
          .map(
            (b, n) =>
              `<path id="${baseId(n, "land")}" class="locator-map__land" d="${b.land}"/>` +
              Object.entries(b.homes)
                .map(([iso, d]) => `<path id="${baseId(n, iso)}" class="locator-map__home" d="${d}"/>`)
                .join("") +
              `<path id="${baseId(n, "borders")}" class="locator-map__borders" d="${b.borders}"/>`,
          )
          .join("") +
        `</defs></svg>`;

  const shown = input.editions.find((e) => e.locale === locale) ?? input.editions[0];
  const nav = input.editions
    .map((e) => `<li><a href="#${editionId(e.locale)}" lang="${e.locale}" hreflang="${e.locale}">${t(endonyms[e.locale], e.locale, "interface")}</a></li>`)
    .join("");
  const html =
    `<!doctype html>\n<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'">` +
    `<title>${esc(shown ? `${shown.title} · ${s.brand}` : s.brand)}</title>` +
    `<style>${stylesSlot}</style></head>` +
    `<body><header class="site-header"><span class="brand" translate="no">${ui(s.brand, 700)}</span>` +
    `<nav class="edition-nav" aria-label="${esc(s.editions)}"><ul>${nav}</ul></nav></header>` +
    `<main id="content"><p class="edition-intro article">${ui(s.intro)}</p>\n` +
    input.editions.map(edition).join("\n") +
    `\n${mapBases(input.maps.bases)}<div class="term-cards" lang="${locale}">\n${input.cards.map(card).join("\n")}\n</div></main></body></html>\n`;
  return { html, text, css: editionCss(shown ? editionId(shown.locale) : "") };
}
