import { directionOf } from "@/lib/locales";
import type { EntryName } from "@/lib/types";

export interface EntryNameLabels {
  statuses: Record<"deprecated" | "superseded", string>;
  /** A TBX picklist value in the reader's language (the value itself when there is no word for it) */
  value: (value: string) => string;
  region: (region: string) => string;
  source: (source: string) => string;
  usage: string;
  context: string;
  notes: string;
}

/** What TBX says about one name: part of speech, term type, gender, region, usage, examples, notes. */
function Details({ name, labels }: { name: EntryName; labels: EntryNameLabels }) {
  const facts = [name.partOfSpeech, name.termType, name.gender].flatMap((v) => (v ? [labels.value(v)] : []));
  if (name.region) facts.push(labels.region(name.region));
  const notes = [
    ...name.usage.map((text) => ({ label: labels.usage, text, source: null })),
    ...name.contexts.map((c) => ({ label: labels.context, text: c.text, source: c.source })),
    ...name.notes.map((text) => ({ label: labels.notes, text, source: null })),
    ...name.sources.map((text) => ({ label: null, text: labels.source(text), source: null })),
  ];
  return (
    <>
      {facts.length > 0 && <span className="entry__name-facts"> · {facts.join(", ")}</span>}
      {notes.length > 0 && (
        <ul className="entry__name-notes">
          {notes.map((n, i) => (
            <li key={i}>
              {n.label && <span className="entry__name-note-label">{n.label}: </span>}
              <span lang={n.label === labels.context ? name.tag : undefined}>{n.text}</span>
              {n.source && <span className="entry__claim-source"> ({n.source})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Names on the entry page, each with its status ("not to be used") and its TBX details. */
export function EntryNames({ names, labels, className }: { names: readonly EntryName[]; labels: EntryNameLabels; className: string }) {
  return (
    <ul className={className}>
      {names.map((n) => (
        <li key={`${n.tag}-${n.text}`}>
          <span lang={n.tag} dir={directionOf(n.tag)} translate="no">
            {n.text}
          </span>
          {n.status && <strong className="entry__status"> ({labels.statuses[n.status]})</strong>}
          <Details name={n} labels={labels} />
        </li>
      ))}
    </ul>
  );
}
