"use client";

import { highlightModes, type HighlightMode } from "./highlight-boot";
import { forgetKnown, setHighlightMode, useHighlightMode, useKnownNames } from "./highlight-store";

interface Props {
  legend: string;
  labels: Record<HighlightMode, string>;
  known: { title: string; none: string; forget: string };
}

/**
 * The reader's choice of highlights (every occurrence, first per section, none) and the list of
 * names they marked as known, each with a button that highlights it again; kept on the device.
 * The list sits in a closed disclosure, so filling it after hydration moves nothing on the page.
 */
export function HighlightSetting({ legend, labels, known }: Props) {
  const mode = useHighlightMode();
  const names = Object.entries(useKnownNames());
  return (
    // disabled until hydrated: without JavaScript the choice could not take effect
    <fieldset className="highlight-setting" disabled={mode === null}>
      <legend>{legend}</legend>
      {highlightModes.map((m) => (
        <label key={m}>
          <input type="radio" name="highlight" value={m} checked={(mode ?? "all") === m} onChange={() => setHighlightMode(m)} />
          {labels[m]}
        </label>
      ))}
      <details className="known-names">
        <summary>{known.title}</summary>
        {names.length === 0 ? (
          <p>{known.none}</p>
        ) : (
          <ul>
            {names.map(([slug, { name, lang }]) => (
              <li key={slug}>
                <span lang={lang} dir="auto" translate="no">
                  {name}
                </span>{" "}
                <button type="button" className="link-button" aria-label={`${known.forget}: ${name}`} onClick={() => forgetKnown(slug)}>
                  {known.forget}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
    </fieldset>
  );
}
