import { directionOf, type Locale } from "@/lib/locales";
import type { TermName } from "@/lib/types";

interface Props {
  names: readonly TermName[];
  /** Each locale's name, in the reader's language. */
  languages: Record<Locale, string>;
  /** "Latin transliteration", for screen readers. */
  translitLabel: string;
  className?: string;
}

/**
 * A term's name in every script, each in its own language and direction, with its Latin
 * transliteration: the same list on the card, the entry page and the editor's preview.
 * No hooks, so server and client components both render it.
 */
export function TermNames({ names, languages, translitLabel, className }: Props) {
  return (
    <dl className={className ? `term-card__names ${className}` : "term-card__names"}>
      {names.map((n) => (
        <div key={n.locale}>
          <dt>{languages[n.locale]}</dt>
          <dd>
            <span lang={n.locale} dir={directionOf(n.locale)} translate="no" className="term-card__native">
              {n.text}
            </span>
            {n.translit && (
              <span className="term-card__translit" translate="no">
                <span className="visually-hidden">{translitLabel}: </span>
                <i lang={`${n.locale}-Latn`}>{n.translit}</i>
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
