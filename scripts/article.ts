/**
 * npm run article -- import FILE.md --locale xx [--dry-run] [--draft]
 * npm run article -- page URL [--locale xx]
 * npm run article -- feed URL [--locale xx]
 *
 * import: one edition of an article written in Markdown with front matter (see
 * lib/import/article-markdown.ts), published unless --draft; its glossary names are linked
 * automatically, its explicit links ([text](glossary:slug)) to the terms they name (an unknown slug
 * is refused with its line). The edition is written in one transaction, replacing an earlier import
 * of the same slug and locale, and kept as a revision.
 * page: a web page's article as a draft (as the editor's "Bring in articles" does).
 * feed: every item of an RSS or Atom feed not brought in before, as drafts; for schedulers.
 * Each write asks the running site's instances to refresh their pages (lib/site-refresh.ts).
 * --locale: the language of a page that does not say (default en).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ArticleParseError, parseArticleMarkdown } from "../lib/import/article-markdown";
import { decodeText, FileEncodingError } from "../lib/import/decode";
import { databasePath } from "../lib/env";
import { defaultLocale, isLocale, locales } from "../lib/locales";
import { CliError, runCli } from "./cli";

const usage = [
  `usage: npm run article -- import FILE.md --locale ${locales.join("|")} [--dry-run] [--draft]`,
  `       npm run article -- page URL [--locale ${locales.join("|")}]`,
  `       npm run article -- feed URL [--locale ${locales.join("|")}]`,
];

await runCli(async (db) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { locale: { type: "string" }, "dry-run": { type: "boolean" }, draft: { type: "boolean" } },
  });
  const [command, target] = positionals;
  if (!target || !["import", "page", "feed"].includes(command ?? "")) throw new CliError(usage);
  if (values.locale !== undefined && !isLocale(values.locale)) throw new CliError([`--locale: "${values.locale}" is not one of ${locales.join(", ")}`]);
  const locale = isLocale(values.locale) ? values.locale : defaultLocale;
  const articles = await import("../lib/editor/articles");
  const { ImportProblem } = await import("../lib/editor/errors");
  const { describeRefresh, refreshSites } = await import("../lib/site-refresh");
  const refresh = async () => console.log(describeRefresh(await refreshSites(databasePath())));

  if (command === "page" || command === "feed") {
    try {
      if (command === "page") {
        const { slug } = await articles.importPage(null, { url: target }, locale);
        console.log(`Brought in ${target} as the draft ${slug}.`);
      } else {
        const report = await articles.importFeed(null, target, locale);
        console.log(`${report.title ?? target}: ${report.added.length} new draft(s), ${report.known} item(s) brought in before and skipped, ${report.failed.length} failed.`);
        report.added.forEach((a) => console.log(`  added ${a.slug}: ${a.title}`));
        report.failed.forEach((f) => console.log(`  failed ${f.url}: ${f.message}`));
        if (report.later > 0) console.log(`  ${report.later} more item(s) left for the next run.`);
        if (report.failed.length > 0) process.exitCode = 1;
      }
    } catch (error) {
      if (error instanceof ImportProblem) throw new CliError([`${target}: ${error.message}`]);
      throw error;
    }
    await refresh();
    return;
  }

  const file = target;
  if (!values.locale) throw new CliError(usage);
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
  const current = await articles.getArticleRecord(edition.slug);
  if (edition.translationOf && !current?.doc.editions.some((e) => e.locale === edition.translationOf)) {
    throw new CliError([`${where}: a translation of ${edition.slug} from ${edition.translationOf}, but that original is not imported yet`]);
  }
  const { editionLinkProblems } = await import("../lib/db/write");
  const unknown = await editionLinkProblems(db, edition);
  if (unknown.length > 0) throw new CliError(unknown.map((p) => `${where}: ${p}`));
  const exists = Boolean(current?.doc.editions.some((e) => e.locale === edition.locale));
  const paragraphs = edition.blocks.filter((b) => b.kind === "paragraph").length;
  const what = `${edition.slug} (${edition.locale}): ${paragraphs} paragraphs, ${edition.blocks.length - paragraphs} subheadings`;
  if (values["dry-run"]) {
    console.log(`Dry run, nothing written: would ${exists ? "replace" : "add"} ${what}.`);
    return;
  }
  await articles.importMarkdownEdition(edition, { draft: values.draft });
  const { linkedNames } = await import("../lib/db/newsroom");
  console.log(`${exists ? "Replaced" : "Added"} ${what}${values.draft ? " as a draft" : ""}; ${await linkedNames(db, edition.slug, edition.locale)} glossary names linked.`);
  await refresh();
});
