/**
 * The alignment check between an article's original and a translation: block N of each must be of
 * the same kind (paragraph or subheading), neither may be missing or empty, and paragraphs must link
 * the same glossary concepts. A translation that does not align is not published.
 */
export interface EditionConcepts {
  locale: string;
  /** Per paragraph, in order: the concepts (term slugs) linked in it. */
  paragraphs: ReadonlySet<string>[];
}

/** One block of an edition as the check sees it. */
export interface AlignedBlock {
  kind: "paragraph" | "heading";
  /** Whether the block has no text (a paragraph the translator has not written yet). */
  empty: boolean;
  /** Concepts (term slugs) linked in it. */
  concepts: ReadonlySet<string>;
}

/** Where a translation differs from its original; `block` is the 0-based position in both. */
export type AlignmentIssue =
  | { block: number; kind: "missing" | "extra" | "kindDiffers" }
  | { block: number; kind: "notLinked" | "onlyInTranslation"; terms: string[] };

const difference = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((s) => !b.has(s)).sort();

function conceptIssues(block: number, original: ReadonlySet<string>, translation: ReadonlySet<string>): AlignmentIssue[] {
  const missing = difference(original, translation);
  const extra = difference(translation, original);
  return [
    ...(missing.length ? [{ block, kind: "notLinked" as const, terms: missing }] : []),
    ...(extra.length ? [{ block, kind: "onlyInTranslation" as const, terms: extra }] : []),
  ];
}

/** Every difference between the original's blocks and the translation's, block by block. */
export function alignBlocks(original: readonly AlignedBlock[], translation: readonly AlignedBlock[]): AlignmentIssue[] {
  const issues: AlignmentIssue[] = [];
  for (let i = 0; i < Math.max(original.length, translation.length); i++) {
    const a = original[i];
    const b = translation[i];
    if (!a) issues.push({ block: i, kind: "extra" });
    else if (!b || (b.empty && !a.empty)) issues.push({ block: i, kind: "missing" });
    else if (a.kind !== b.kind) issues.push({ block: i, kind: "kindDiffers" });
    else if (a.kind === "paragraph") issues.push(...conceptIssues(i, a.concepts, b.concepts));
  }
  return issues;
}

/** The same check over paragraphs only, as lines of text (empty when aligned), for tests and scripts. */
export function alignmentProblems(original: EditionConcepts, translation: EditionConcepts): string[] {
  const problems: string[] = [];
  if (original.paragraphs.length !== translation.paragraphs.length) {
    problems.push(
      `${translation.locale}: ${translation.paragraphs.length} paragraphs, the original (${original.locale}) has ${original.paragraphs.length}`,
    );
  }
  const n = Math.min(original.paragraphs.length, translation.paragraphs.length);
  for (let i = 0; i < n; i++) {
    for (const issue of conceptIssues(i, original.paragraphs[i]!, translation.paragraphs[i]!)) {
      if (issue.kind === "notLinked") problems.push(`${translation.locale} p${i + 1}: not linked in the translation: ${issue.terms.join(", ")}`);
      if (issue.kind === "onlyInTranslation") problems.push(`${translation.locale} p${i + 1}: linked only in the translation: ${issue.terms.join(", ")}`);
    }
  }
  return problems;
}
