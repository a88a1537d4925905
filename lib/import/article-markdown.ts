import { z } from "zod";
import { locales } from "../locales";
import { slugProblems, slugSchema } from "../slug";

/**
 * Parses an article edition written in Markdown with front matter:
 *
 *   ---
 *   slug: dushanbe-reinforces-border
 *   locale: ru
 *   translationOf: en          (only in translations)
 *   title: ...
 *   authors: First Author; Second Author
 *   publisher: RFE/RL
 *   date: 2020-12-21
 *   source: https://...
 *   ---
 *
 *   A paragraph on one line (or several lines, joined with spaces).
 *
 *   ## A subheading
 *
 * Paragraphs get stable anchors p1, p2, ... in order; subheadings s1, s2, ...
 */

export interface ParsedBlock {
  kind: "paragraph" | "heading";
  anchor: string;
  text: string;
  /** 1-based line in the file where the block starts, for error messages. */
  line: number;
}

const frontMatterSchema = z.strictObject({
  slug: slugSchema,
  locale: z.enum(locales),
  translationOf: z.enum(locales).optional(),
  title: z.string().min(1).max(300),
  authors: z
    .string()
    .transform((s) => s.split(";").map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(120)).min(1, "at least one, separated by ;")),
  publisher: z.string().min(1).max(120),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  source: z.url({ protocol: /^https?$/ }).optional(),
});

export type ArticleFrontMatter = z.infer<typeof frontMatterSchema>;
export interface ParsedArticle extends ArticleFrontMatter {
  blocks: ParsedBlock[];
}

export class ArticleParseError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** Parses a Markdown edition; throws ArticleParseError listing every problem with its line. */
export function parseArticleMarkdown(source: string): ParsedArticle {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const problems: string[] = [];
  if (lines[0]?.trim() !== "---") throw new ArticleParseError(["line 1: the file must start with --- front matter"]);
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (close < 0) throw new ArticleParseError(["line 1: the front matter is not closed with ---"]);

  const fields: Record<string, string> = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) {
      problems.push(`line ${i + 1}: expected "key: value"`);
      continue;
    }
    if (m[1]! in fields) problems.push(`line ${i + 1}: ${m[1]} is given twice`);
    fields[m[1]!] = m[2]!.trim();
  }
  const meta = frontMatterSchema.safeParse(fields);
  if (!meta.success) {
    for (const issue of meta.error.issues) {
      const key = String(issue.path[0] ?? "");
      const at = lines.findIndex((l, i) => i < close && l.startsWith(`${key}:`));
      problems.push(`line ${at >= 0 ? at + 1 : 1}: ${key ? `${key}: ` : ""}${slugProblems[issue.message] ?? issue.message}`);
    }
  }

  const body = parseArticleBody(lines.slice(close + 1).join("\n"), close + 1);
  problems.push(...body.problems.map((p) => `line ${p.line}: ${bodyProblemText[p.code]}`));
  const paragraphs = body.blocks.filter((b) => b.kind === "paragraph").length;
  const blocks = body.blocks;
  if (paragraphs === 0) problems.push(`line ${close + 2}: the article has no paragraphs`);
  if (meta.success && meta.data.translationOf === meta.data.locale) {
    problems.push("translationOf: a translation cannot be of its own locale");
  }
  if (problems.length > 0 || !meta.success) throw new ArticleParseError(problems);
  return { ...meta.data, blocks };
}

/** A problem in an edition's text, as a code (Editor.errors) and its line. */
export interface BodyProblem {
  line: number;
  code: "html" | "headingLevel";
}

export const bodyProblemText: Record<BodyProblem["code"], string> = {
  html: "HTML is not allowed in an article",
  headingLevel: 'use "## " for subheadings',
};

/**
 * The text of an edition (everything after the front matter): paragraphs separated by blank lines,
 * `## ` subheadings. Problems name their line (counted from `firstLine` + 1).
 */
export function parseArticleBody(text: string, firstLine = 0): { blocks: ParsedBlock[]; problems: BodyProblem[] } {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const problems: BodyProblem[] = [];
  const blocks: ParsedBlock[] = [];
  let paragraphs = 0;
  let headings = 0;
  let buffer: string[] = [];
  let start = 0;
  const flush = () => {
    if (buffer.length === 0) return;
    blocks.push({ kind: "paragraph", anchor: `p${++paragraphs}`, text: buffer.join(" "), line: start });
    buffer = [];
  };
  lines.forEach((raw, index) => {
    const lineNo = firstLine + index + 1;
    const line = raw.trim();
    if (line === "") return flush();
    if (/<\/?[a-z][^>]*>/i.test(line)) problems.push({ line: lineNo, code: "html" });
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (heading[1] !== "##") problems.push({ line: lineNo, code: "headingLevel" });
      blocks.push({ kind: "heading", anchor: `s${++headings}`, text: heading[2]!.trim(), line: lineNo });
      return;
    }
    if (buffer.length === 0) start = lineNo;
    buffer.push(line);
  });
  flush();
  return { blocks, problems };
}

/** Blocks back as the Markdown body that parseArticleBody reads. */
export const toMarkdownBody = (blocks: readonly { kind: "paragraph" | "heading"; text: string }[]): string =>
  blocks.map((b) => (b.kind === "heading" ? `## ${b.text}` : b.text)).join("\n\n");
