import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { EditorAccount } from "../db/editors";
import { exportGlossary } from "../db/glossary";
import { saveTermEdit, sourceKeys, storeTerm } from "../db/revisions";
import { searchTerms } from "../db/search";
import { listTerms } from "../db/terms";
import { languageNamesSchema, namesWithRoles } from "../import/glossary-schema";
import { locales, type Locale } from "../locales";
import { slugSchema } from "../slug";
import { EditError } from "./errors";
import { termEditSchema, type TermEdit } from "./term-edit";

/**
 * The glossary's terms as editors change them: every rule for a term edit is here or in the edit
 * schema (lib/editor/term-edit.ts); the data layer writes and keeps the revisions.
 */

/** Validates a term edit; every problem at once, each with its field and a message code. */
export async function validateTermEdit(input: unknown): Promise<TermEdit> {
  const parsed = termEditSchema.safeParse(input);
  const keys = await sourceKeys(db());
  const definitions = (input as { definitions?: Record<string, { sources?: unknown }> } | null)?.definitions ?? {};
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join("."), code: /^[a-zA-Z_]+$/.test(i.message) ? i.message : i.code }))),
    ...Object.entries(definitions).flatMap(([locale, d]) =>
      Array.isArray(d?.sources) && d.sources.some((k) => typeof k === "string" && !keys.has(k)) ? [{ path: `definitions.${locale}.sources`, code: "unknownSource" }] : [],
    ),
    // a definition is stated by at least one source (the glossary file format requires it)
    ...Object.entries(definitions).flatMap(([locale, d]) => {
      const text = (d as { text?: unknown } | null)?.text;
      return typeof text === "string" && text.trim() && Array.isArray(d?.sources) && d.sources.length === 0 ? [{ path: `definitions.${locale}.sources`, code: "sourceRequired" }] : [];
    }),
  ];
  if (issues.length > 0 || !parsed.success) throw new EditError(issues);
  return parsed.data;
}

/** Creates (originalSlug null) or changes a term from what the form sent. */
export async function saveTerm(editor: EditorAccount, originalSlug: string | null, input: unknown) {
  return saveTermEdit(db(), editor, originalSlug, await validateTermEdit(input));
}

/** A name found in an article, added to an existing term: as a spelling readers see, or as an inflected form used only for finding it. */
export const addNameSchema = z.object({
  slug: slugSchema,
  locale: z.enum(locales),
  name: z.string().trim().min(1, "required").max(200, "tooLong").refine((s) => !s.includes("|"), "pipe"),
  as: z.enum(["variant", "form"]),
});

export async function addNameToTerm(editor: EditorAccount, input: z.input<typeof addNameSchema>) {
  const parsed = addNameSchema.safeParse(input);
  if (!parsed.success) throw new EditError(parsed.error.issues.map((i) => ({ path: i.path.join("."), code: i.message })));
  const { slug, locale, name, as } = parsed.data;
  return storeTerm(db(), editor, slug, (current) => {
    const term = structuredClone(current!);
    const names = (term.names[locale] ??= languageNamesSchema.parse({}));
    if (!namesWithRoles(names).some((n) => n.name.text === name)) (as === "variant" ? names.variants : names.forms).push({ text: name });
    return term;
  });
}

/** Terms a found name might belong to (by spelling and sound, any script), for "add to an existing term". */
export async function termSuggestions(name: string, locale: Locale) {
  return (await searchTerms(name, locale, 3)).map((r) => ({ slug: r.slug, name: r.name }));
}

/** A term as the glossary file format has it, or null. */
export async function termFile(slug: string) {
  return (await exportGlossary(db(), [slug])).terms[0] ?? null;
}

/** The keys of every source, for the term form's hint. */
export async function listSourceKeys(): Promise<string[]> {
  return [...(await sourceKeys(db()))].sort();
}

/** The editor's list of terms: found by the glossary's search, or all, sorted the way the locale sorts. */
export async function listTermsForEditor(query: string, locale: Locale): Promise<{ slug: string; name: string }[]> {
  if (query) return (await searchTerms(query, locale, 50)).map((r) => ({ slug: r.slug, name: r.name }));
  const collator = new Intl.Collator(locale);
  return (await listTerms(locale)).map((r) => ({ slug: r.slug, name: r.name })).sort((a, b) => collator.compare(a.name, b.name));
}
