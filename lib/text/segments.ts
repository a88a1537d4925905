import type { Segment } from "../types";

export interface Span {
  start: number;
  end: number;
  term: string;
}

/**
 * Cuts a block's text into plain and term segments. `seen` carries the terms already met in the
 * current section, so the first occurrence of each term per section is marked.
 */
export function toSegments(text: string, spans: readonly Span[], seen: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), term: span.term, first: !seen.has(span.term) });
    seen.add(span.term);
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** The text of an article's first paragraph: its summary in feeds, metadata and structured data. */
export const leadText = (blocks: readonly { kind: string; segments: readonly Segment[] }[]): string =>
  blocks.find((b) => b.kind === "paragraph")?.segments.map((s) => s.text).join("") ?? "";
