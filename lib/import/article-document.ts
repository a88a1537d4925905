import { z } from "zod";
import { locales } from "../locales";
import { slugSchema } from "../slug";

/**
 * An article as one document: what the editor writes, what the data layer stores, and what every
 * article revision keeps before and after a change (so a revision can be viewed and reverted).
 * Messages are codes (Editor.errors in messages/*.json).
 */

/** The longest text an edition may have, in characters (paragraphs and subheadings together). */
export const MAX_EDITION_CHARS = 100_000;
/** The most paragraphs and subheadings an edition may have. */
export const MAX_BLOCKS = 1_000;

export const articleStatuses = ["draft", "published"] as const;

const line = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const articleBlockSchema = z.object({
  kind: z.enum(["paragraph", "heading"]),
  /** Plain text; empty only in a draft translation (a paragraph not translated yet). */
  text: z.string().max(MAX_EDITION_CHARS, "tooBig"),
  /** Phrases linked to one term by hand ([text](glossary:slug)), as spans of `text` (paragraphs only). */
  links: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0), slug: slugSchema })).optional(),
});

export const editionSchema = z.object({
  locale: z.enum(locales),
  title: line(300),
  authors: z.array(line(120)).max(20, "tooMany"),
  status: z.enum(articleStatuses),
  blocks: z
    .array(articleBlockSchema)
    .max(MAX_BLOCKS, "tooMany")
    .refine((blocks) => blocks.reduce((n, b) => n + b.text.length, 0) <= MAX_EDITION_CHARS, "tooBig"),
});

export const articleDocumentSchema = z.object({
  slug: slugSchema,
  /** The locale of the original edition; the others are its translations. */
  original: z.enum(locales),
  publisher: line(120),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "day"),
  sourceUrl: z.url({ protocol: /^https?$/, error: "url" }).max(2000, "tooLong").nullable(),
  editions: z.array(editionSchema).min(1),
});

export type ArticleBlock = z.infer<typeof articleBlockSchema>;
export type EditionDocument = z.infer<typeof editionSchema>;
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
export type ArticleStatus = (typeof articleStatuses)[number];

/** The original edition of a document. */
export const originalOf = (doc: ArticleDocument): EditionDocument => doc.editions.find((e) => e.locale === doc.original)!;

/** The paths at which two documents differ: "publisher", "ru.title", "en.p3", "fa.status", "ru" (added or removed). */
export function documentChanges(before: ArticleDocument | null, after: ArticleDocument | null): string[] {
  if (!before || !after) return [before ? "(deleted)" : "(new)"];
  const out: string[] = [];
  for (const key of ["publisher", "date", "sourceUrl", "original"] as const) if (before[key] !== after[key]) out.push(key);
  for (const locale of locales) {
    const a = before.editions.find((e) => e.locale === locale);
    const b = after.editions.find((e) => e.locale === locale);
    if (!a && !b) continue;
    if (!a || !b) {
      out.push(locale);
      continue;
    }
    for (const key of ["title", "status"] as const) if (a[key] !== b[key]) out.push(`${locale}.${key}`);
    if (a.authors.join(";") !== b.authors.join(";")) out.push(`${locale}.authors`);
    let p = 0;
    let s = 0;
    for (let i = 0; i < Math.max(a.blocks.length, b.blocks.length); i++) {
      const x = a.blocks[i];
      const y = b.blocks[i];
      const anchor = (y ?? x)!.kind === "heading" ? `s${++s}` : `p${++p}`;
      if (JSON.stringify(x ?? null) !== JSON.stringify(y ?? null)) out.push(`${locale}.${anchor}`);
    }
  }
  return out;
}
