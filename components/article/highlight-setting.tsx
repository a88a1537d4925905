"use client";

import { highlightModes, type HighlightMode } from "./highlight-boot";
import { setHighlightMode, useHighlightMode } from "./highlight-store";

interface Props {
  legend: string;
  labels: Record<HighlightMode, string>;
}

/** The reader's choice of highlights (every occurrence, first per section, none), kept on the device. */
export function HighlightSetting({ legend, labels }: Props) {
  const mode = useHighlightMode();
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
    </fieldset>
  );
}
