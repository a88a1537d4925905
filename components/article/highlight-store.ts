"use client";

import { useEffect, useState } from "react";
import { highlightModes, highlightStorageKey, knownStorageKey, quietByMode, type HighlightMode } from "./highlight-boot";

/**
 * The reader's settings, kept in localStorage and shared by the whole page: the highlight mode and
 * the names they marked as known. Each change is written to <html> (data-highlight, data-known)
 * at once, where the page's CSS applies it, and then told to the subscribers.
 */

const isMode = (value: unknown): value is HighlightMode => highlightModes.includes(value as HighlightMode);
const listeners = new Set<() => void>();

export function subscribe(listener: () => void) {
  // a change made in another tab: apply it to this page too
  const onStorage = () => {
    document.documentElement.dataset.highlight = readMode();
    document.documentElement.dataset.known = Object.keys(readKnown()).join(" ");
    listener();
  };
  listeners.add(listener);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

const load = (key: string) => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
};
const store = (key: string, value: string) => {
  try {
    window.localStorage.setItem(key, value);
  } catch {}
  listeners.forEach((l) => l());
};

function readMode(): HighlightMode {
  const value = load(highlightStorageKey);
  return isMode(value) ? value : "all";
}

export function setHighlightMode(mode: HighlightMode) {
  document.documentElement.dataset.highlight = mode;
  store(highlightStorageKey, mode);
}

/**
 * A stored setting as state: `initial` on the server and while hydrating, the stored value once the
 * page is hydrated, and every change after. (Not useSyncExternalStore: its value differs from the
 * server's here, and React then renders again synchronously as the page hydrates, which Lighthouse
 * measured as some 180 ms more blocking time on a phone.)
 */
function useStored<T>(read: () => T, initial: T): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const update = () => setValue(read());
    update();
    return subscribe(update);
  }, [read]);
  return value;
}

/** The current mode; null on the server and while hydrating (the page renders every highlight then). */
export const useHighlightMode = (): HighlightMode | null => useStored<HighlightMode | null>(readMode, null);

/**
 * Known names: concept slug to the name as the reader saw it, and its language. One object per
 * stored value, so React sees no change when there is none.
 */
export type KnownNames = Readonly<Record<string, { name: string; lang: string }>>;
const isKnownName = (value: unknown): value is { name: string; lang: string } =>
  typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string" && /^[a-z]{2,3}$/.test(String((value as { lang?: unknown }).lang));
let cache: { raw: string | null; known: KnownNames } = { raw: null, known: {} };

export function readKnown(): KnownNames {
  const raw = load(knownStorageKey);
  if (raw !== cache.raw) {
    let known: KnownNames = {};
    try {
      const parsed: unknown = JSON.parse(raw ?? "{}");
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        known = Object.fromEntries(Object.entries(parsed).filter(([slug, value]) => /^[a-z0-9-]+$/.test(slug) && isKnownName(value)));
      }
    } catch {}
    cache = { raw, known };
  }
  return cache.known;
}

function writeKnown(known: KnownNames) {
  document.documentElement.dataset.known = Object.keys(known).join(" ");
  store(knownStorageKey, JSON.stringify(known));
}

/** Marks a concept as known: its names are no longer highlighted, in any edition or article. */
export const markKnown = (slug: string, name: string, lang: string) => writeKnown({ ...readKnown(), [slug]: { name, lang } });

/** Highlights a known concept's names again. */
export function forgetKnown(slug: string) {
  writeKnown(Object.fromEntries(Object.entries(readKnown()).filter(([known]) => known !== slug)));
}

/** The known names; empty on the server and while hydrating. */
export const useKnownNames = (): KnownNames => useStored(readKnown, emptyKnown);
const emptyKnown: KnownNames = {};

/** Whether the reader's settings leave this name in the text plain (the same rule as quiet-names.tsx). */
export const isQuiet = (term: HTMLElement) =>
  quietByMode.some((selector) => term.matches(selector)) || (term.dataset.term ?? "") in readKnown();
