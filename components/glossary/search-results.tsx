import type { ReactNode } from "react";
import { directionOf } from "@/lib/locales";
import type { SearchResult, TermKind } from "@/lib/types";

interface Props {
  results: SearchResult[];
  glossaryPath: string;
  kinds: Record<TermKind, string>;
  /** Wraps the matched name in the locale's phrase ("found as …"). */
  matched: (name: ReactNode) => ReactNode;
  /** A name's status a reader must see ("not to be used"). */
  status: (status: "deprecated" | "superseded") => string;
}

/** A ranked list of search results; each shows the name that matched when it is not the one displayed. */
export function SearchResults({ results, glossaryPath, kinds, matched, status }: Props) {
  return (
    <ol className="search-results">
      {results.map((r) => (
        <li key={r.slug}>
          <a href={`${glossaryPath}/${r.slug}`} translate="no">
            {r.name}
          </a>{" "}
          <span className="search-results__kind">{kinds[r.kind]}</span>
          {(r.matched.text !== r.name || r.matched.status === "deprecated" || r.matched.status === "superseded") && (
            <span className="search-results__matched">
              {" · "}
              {matched(
                <span lang={r.matched.tag} dir={directionOf(r.matched.tag)} translate="no">
                  {r.matched.text}
                </span>,
              )}
              {(r.matched.status === "deprecated" || r.matched.status === "superseded") && ` (${status(r.matched.status)})`}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
