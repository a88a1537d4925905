import { applyEdits, modify, parseTree, findNodeAtLocation } from "jsonc-parser";
import { romanize, type RomanizedLocale } from "../text/romanize";

/** Locales whose script determines the Latin spelling: their translit is generated, never typed. */
export const romanizedLocales = ["ru", "tg"] as const satisfies readonly RomanizedLocale[];

export interface TranslitChange {
  locale: RomanizedLocale;
  preferred: string;
  from: string | null;
  to: string;
}

/**
 * The ru and tg `translit` of a term file (its text, as stored) against the romanization of the
 * preferred name, and the file's text with only those values replaced: every other byte of the file
 * stays as it was, so an edit made by someone else in another part of it is kept.
 */
export function retranslit(text: string): { changes: TranslitChange[]; text: string } {
  const tree = parseTree(text);
  const changes: TranslitChange[] = [];
  let out = text;
  for (const locale of romanizedLocales) {
    const preferred = tree && findNodeAtLocation(tree, ["names", locale, "preferred"])?.value;
    if (typeof preferred !== "string") continue;
    const current = findNodeAtLocation(tree!, ["names", locale, "translit"])?.value as string | null | undefined;
    const to = romanize(preferred, locale);
    if (current === to) continue;
    changes.push({ locale, preferred, from: current ?? null, to });
    out = applyEdits(out, modify(out, ["names", locale, "translit"], to, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  }
  return { changes, text: out };
}
