/**
 * npm run article -- import FILE.md --locale xx [--dry-run]
 *
 * Imports one edition of an article written in Markdown with front matter (see
 * lib/import/article-markdown.ts); its glossary names are linked automatically, its explicit links
 * ([text](glossary:slug)) to the terms they name (an unknown slug is refused with its line). The
 * edition is written in one transaction, replacing an earlier import of the same slug and locale.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ArticleParseError, parseArticleMarkdown } from "../lib/import/article-markdown";
import { decodeText, FileEncodingError } from "../lib/import/decode";
import { isLocale } from "../lib/locales";
import { CliError, runCli } from "./cli";

const usage = ["usage: npm run article -- import FILE.md --locale en|ru|tg|fa [--dry-run]"];

await runCli(async (db) => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { locale: { type: "string" }, "dry-run": { type: "boolean" } } });
  const [command, file] = positionals;
  if (command !== "import" || !file || !values.locale) throw new CliError(usage);
  if (!isLocale(values.locale)) throw new CliError([`--locale: "${values.locale}" is not one of en, ru, tg, fa`]);
  if (!fs.existsSync(file)) throw new CliError([`${file}: no such file`]);
  const where = path.basename(file);
  let edition;
  try {
    edition = parseArticleMarkdown(decodeText(fs.readFileSync(file)));
  } catch (error) {
    if (error instanceof ArticleParseError) throw new CliError(error.problems.map((p) => `${where}: ${p}`));
    if (error instanceof FileEncodingError) throw new CliError([`${where}: ${error.message}`]);
    throw error;
  }
  if (edition.locale !== values.locale) {
    throw new CliError([`${where}: the front matter says locale ${edition.locale}, the command says --locale ${values.locale}`]);
  }
  if (edition.translationOf) {
    const original = await db.edition.findFirst({ where: { locale: edition.translationOf, article: { slug: edition.slug } }, select: { id: true } });
    if (!original) throw new CliError([`${where}: a translation of ${edition.slug} from ${edition.translationOf}, but that original is not imported yet`]);
  }
  const { editionLinkProblems, writeEdition } = await import("../lib/db/write");
  const unknown = await editionLinkProblems(db, edition);
  if (unknown.length > 0) throw new CliError(unknown.map((p) => `${where}: ${p}`));
  const exists = await db.edition.findFirst({ where: { locale: edition.locale, article: { slug: edition.slug } }, select: { id: true } });
  const paragraphs = edition.blocks.filter((b) => b.kind === "paragraph").length;
  const what = `${edition.slug} (${edition.locale}): ${paragraphs} paragraphs, ${edition.blocks.length - paragraphs} subheadings`;
  if (values["dry-run"]) {
    console.log(`Dry run, nothing written: would ${exists ? "replace" : "add"} ${what}.`);
    return;
  }
  await writeEdition(db, edition);
  const mentions = await db.mention.count({ where: { block: { edition: { locale: edition.locale, article: { slug: edition.slug } } } } });
  console.log(`${exists ? "Replaced" : "Added"} ${what}; ${mentions} glossary names linked.`);
});
