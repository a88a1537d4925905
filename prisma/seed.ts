import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseArticleMarkdown, ArticleParseError, unknownLinks, type ParsedArticle } from "../lib/import/article-markdown";
import { sourceSchema, termFileSchema, type SourceFile, type TermFile } from "../lib/import/glossary-schema";
import type { Db } from "../lib/db/client";
import { editedArticleSlugs } from "../lib/db/newsroom";
import { relinkAll, writeEdition, writeRelations, writeSources, writeTerms } from "../lib/db/write";

/** The reviewable seed files: prisma/data/glossary (sources.json, terms/*.json) and prisma/data/articles/<slug>/<locale>.md. */
export const dataDir = path.resolve("prisma/data");

export interface SeedData {
  sources: SourceFile[];
  terms: TermFile[];
  editions: ParsedArticle[];
}

export class SeedDataError extends Error {}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));
const describe = (file: string, error: z.ZodError) =>
  error.issues.map((i) => `${path.relative(process.cwd(), file)}: ${i.path.join(".") || "(file)"}: ${i.message}`);

/** Reads and validates every seed file; throws listing every problem, before anything is written. */
export function loadSeedData(dir = dataDir): SeedData {
  const problems: string[] = [];
  const sourcesFile = path.join(dir, "glossary/sources.json");
  const sources = z.array(sourceSchema).safeParse(readJson(sourcesFile));
  if (!sources.success) problems.push(...describe(sourcesFile, sources.error));

  const termsDir = path.join(dir, "glossary/terms");
  const terms: TermFile[] = [];
  for (const name of fs.readdirSync(termsDir).filter((f) => f.endsWith(".json")).sort()) {
    const file = path.join(termsDir, name);
    const parsed = termFileSchema.safeParse(readJson(file));
    if (!parsed.success) problems.push(...describe(file, parsed.error));
    else if (`${parsed.data.slug}.json` !== name) problems.push(`${name}: the file name must be the slug (${parsed.data.slug}.json)`);
    else terms.push(parsed.data);
  }

  // an explicit link must name a term file (checked here, where the file and line can be named)
  const slugs = new Set(fs.readdirSync(termsDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)));
  const editions: ParsedArticle[] = [];
  const articlesDir = path.join(dir, "articles");
  for (const slug of fs.readdirSync(articlesDir).sort()) {
    for (const name of fs.readdirSync(path.join(articlesDir, slug)).filter((f) => f.endsWith(".md")).sort()) {
      const file = path.join(articlesDir, slug, name);
      try {
        const edition = parseArticleMarkdown(fs.readFileSync(file, "utf8"));
        if (edition.slug !== slug || `${edition.locale}.md` !== name) {
          problems.push(`${file}: slug and locale must match the folder and file name`);
        }
        problems.push(...unknownLinks(edition, slugs).map((p) => `${path.relative(process.cwd(), file)}: ${p}`));
        editions.push(edition);
      } catch (error) {
        if (!(error instanceof ArticleParseError)) throw error;
        problems.push(...error.problems.map((p) => `${path.relative(process.cwd(), file)}: ${p}`));
      }
    }
  }
  if (problems.length > 0) throw new SeedDataError(problems.join("\n"));
  // originals before their translations
  editions.sort((a, b) => Number(Boolean(a.translationOf)) - Number(Boolean(b.translationOf)));
  return { sources: sources.data!, terms, editions };
}

/**
 * Loads the seed data into the database. Idempotent: running it again leaves the same state. An
 * article that editors or imports have changed since (it has revisions) is left as they made it.
 */
export async function seed(db: Db, data: SeedData = loadSeedData()): Promise<{ terms: number; editions: number }> {
  await writeSources(db, data.sources);
  await writeTerms(db, data.terms);
  await writeRelations(db, data.terms);
  const edited = await editedArticleSlugs(db);
  for (const edition of data.editions) if (!edited.has(edition.slug)) await writeEdition(db, edition);
  await relinkAll(db);
  return { terms: data.terms.length, editions: data.editions.length };
}
