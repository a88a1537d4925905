"use client";

import { useEffect, useState } from "react";
import { highlightModes, highlightStorageKey, type HighlightMode } from "./highlight-boot";

interface Props {
  legend: string;
  labels: Record<HighlightMode, string>;
}

const isMode = (value: unknown): value is HighlightMode => highlightModes.includes(value as HighlightMode);

/** Applies a mode: quiet names lose their highlight and leave the tab order. */
function apply(mode: HighlightMode) {
  document.documentElement.dataset.highlight = mode;
  for (const button of document.querySelectorAll<HTMLButtonElement>("button.term")) {
    const quiet = mode === "none" || (mode === "first" && !button.hasAttribute("data-first"));
    if (quiet) button.tabIndex = -1;
    else button.removeAttribute("tabindex");
  }
}

/** The reader's choice of highlights (every occurrence, first per section, none), kept on the device. */
export function HighlightSetting({ legend, labels }: Props) {
  const [mode, setMode] = useState<HighlightMode>("all");
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(highlightStorageKey);
    } catch {}
    const initial = isMode(stored) ? stored : "all";
    setMode(initial);
    setReady(true);
    apply(initial);
  }, []);
  const choose = (next: HighlightMode) => {
    setMode(next);
    apply(next);
    try {
      window.localStorage.setItem(highlightStorageKey, next);
    } catch {}
  };
  return (
    <fieldset className="highlight-setting" disabled={!ready}>
      <legend>{legend}</legend>
      {highlightModes.map((m) => (
        <label key={m}>
          <input type="radio" name="highlight" value={m} checked={mode === m} onChange={() => choose(m)} />
          {labels[m]}
        </label>
      ))}
    </fieldset>
  );
}
