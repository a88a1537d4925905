/**
 * The alignment check between an article's original and a translation: paragraph N of each must
 * link the same glossary concepts. Returns one line per difference (empty when aligned).
 */
export interface EditionConcepts {
  locale: string;
  /** Per paragraph, in order: the concepts (term slugs) linked in it. */
  paragraphs: ReadonlySet<string>[];
}

export function alignmentProblems(original: EditionConcepts, translation: EditionConcepts): string[] {
  const problems: string[] = [];
  if (original.paragraphs.length !== translation.paragraphs.length) {
    problems.push(
      `${translation.locale}: ${translation.paragraphs.length} paragraphs, the original (${original.locale}) has ${original.paragraphs.length}`,
    );
  }
  const n = Math.min(original.paragraphs.length, translation.paragraphs.length);
  for (let i = 0; i < n; i++) {
    const a = original.paragraphs[i]!;
    const b = translation.paragraphs[i]!;
    const missing = [...a].filter((s) => !b.has(s)).sort();
    const extra = [...b].filter((s) => !a.has(s)).sort();
    if (missing.length) problems.push(`${translation.locale} p${i + 1}: not linked in the translation: ${missing.join(", ")}`);
    if (extra.length) problems.push(`${translation.locale} p${i + 1}: linked only in the translation: ${extra.join(", ")}`);
  }
  return problems;
}
