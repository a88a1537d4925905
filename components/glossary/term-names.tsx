import { directionOf } from "@/lib/locales";
import type { TermName } from "@/lib/types";

interface Props {
  names: readonly TermName[];
  /** Each tag's language name, in the reader's language. */
  languages: Record<string, string>;
  /** "Latin transliteration", for screen readers. */
  translitLabel: string;
  /** "not to be used", "no longer used" */
  statusLabels: Record<"deprecated" | "superseded", string>;
  className?: string;
}

/**
 * A term's name in every script, each in its own language and direction, with its Latin
 * transliteration and, for a name TBX marks deprecated or superseded, that it is not to be used:
 * the same list on the card, the entry page and the editor's preview. No hooks, so server and
 * client components both render it.
 */
export function TermNames({ names, languages, translitLabel, statusLabels, className }: Props) {
  return (
    <dl className={className ? `term-card__names ${className}` : "term-card__names"}>
      {names.map((n) => (
        <div key={n.tag}>
          <dt>{languages[n.tag] ?? n.tag}</dt>
          <dd>
            <span lang={n.tag} dir={directionOf(n.tag)} translate="no" className="term-card__native">
              {n.text}
            </span>
            {n.status && <span className="term-card__status"> ({statusLabels[n.status]})</span>}
            {n.translit && (
              <span className="term-card__translit" translate="no">
                <span className="visually-hidden">{translitLabel}: </span>
                <i lang={`${n.tag.split("-")[0]}-Latn`}>{n.translit}</i>
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
