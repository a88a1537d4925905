"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { Locale } from "@/lib/locales";
import type { SearchResult, TermKind } from "@/lib/types";
import { SearchResults } from "./search-results";

interface Props {
  locale: Locale;
  /** The glossary's path in this locale: the form's action and the base of entry links. */
  glossaryPath: string;
  kinds: Record<TermKind, string>;
  initialQuery?: string;
  /** Server-rendered content shown while the box is empty (the index, or the no-JS results). */
  children: ReactNode;
}

/**
 * The glossary search box. Without JavaScript it is a plain GET form to /{locale}/glossary?q=;
 * with it, results appear as the reader types, from the JSON API.
 */
export function GlossarySearch({ locale, glossaryPath, kinds, initialQuery = "", children }: Props) {
  const t = useTranslations("GlossarySearch");
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<{ query: string; results: SearchResult[] | null; failed: boolean }>({
    query: initialQuery,
    results: null,
    failed: false,
  });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = query.trim();
    controller.current?.abort();
    if (q === "" || q === initialQuery.trim()) return;
    const abort = new AbortController();
    controller.current = abort;
    const timer = window.setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q, locale, limit: "20" });
        const response = await fetch(`/api/glossary?${params}`, { signal: abort.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: SearchResult[] };
        setState({ query: q, results: body.results, failed: false });
      } catch {
        if (!abort.signal.aborted) setState({ query: q, results: null, failed: true });
      }
    }, 120);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [query, locale, initialQuery]);

  const typing = query.trim() !== "" && query.trim() !== initialQuery.trim();
  return (
    <div className="glossary-search">
      <form role="search" action={glossaryPath} method="get" className="search-form">
        <label htmlFor={`${id}-q`}>{t("label")}</label>
        <div className="search-form__row">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-describedby={`${id}-hint`}
          />
          <button type="submit">{t("submit")}</button>
        </div>
        <p id={`${id}-hint`} className="hint">
          {t("hint")}
        </p>
      </form>
      <div role="status" className="search-status">
        {typing && state.failed && t("error")}
        {typing && state.results && state.query === query.trim() && t("count", { count: state.results.length, query: state.query })}
      </div>
      {typing ? (
        state.results && (
          <SearchResults
            results={state.results}
            glossaryPath={glossaryPath}
            kinds={kinds}
            matched={(name) => t.rich("matched", { name: () => name })}
            status={(status) => t("status", { status })}
          />
        )
      ) : (
        children
      )}
    </div>
  );
}
