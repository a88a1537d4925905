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
 *   In [the security service](glossary:state-committee-for-national-security), a phrase linked to
 *   one glossary term by hand, in this place only.
 *
 * Paragraphs get stable anchors p1, p2, ... in order; subheadings s1, s2, ... A link
 * `[text](glossary:slug)` keeps its text in the paragraph and becomes an explicit link: for phrases
 * that must not become a name the matcher finds everywhere ("the security service").
 */

export interface ParsedBlock {
  kind: "paragraph" | "heading";
  anchor: string;
  text: string;
  /** 1-based line in the file where the block starts, for error messages. */
  line: number;
  /** The paragraph's explicit links (only when it has any), in order. */
  links?: ParsedLink[];
}

/** `[text](glossary:slug)`: the span of `text` in the block's text (UTF-16 offsets) linked to the term. */
export interface ParsedLink {
  start: number;
  end: number;
  slug: string;
  /** 1-based line of the link in the file. */
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
  problems.push(...body.problems.map(bodyProblemLine));
  const paragraphs = body.blocks.filter((b) => b.kind === "paragraph").length;
  const blocks = body.blocks;
  if (paragraphs === 0) problems.push(`line ${close + 2}: the article has no paragraphs`);
  if (meta.success && meta.data.translationOf === meta.data.locale) {
    problems.push("translationOf: a translation cannot be of its own locale");
  }
  if (problems.length > 0 || !meta.success) throw new ArticleParseError(problems);
  return { ...meta.data, blocks };
}

/** A problem in an edition's text, as a code (Editor.errors) and its line; `link` is the link at fault. */
export interface BodyProblem {
  line: number;
  code: "html" | "headingLevel" | "headingLink" | "linkSlug" | "linkText" | "linkMalformed";
  link?: string;
}

export const bodyProblemText: Record<BodyProblem["code"], string> = {
  html: "HTML is not allowed in an article",
  headingLevel: 'use "## " for subheadings',
  headingLink: "a subheading cannot link to the glossary (names are linked in paragraphs only)",
  linkSlug: "the link's slug must be a term's slug (lower-case letters, digits and single hyphens)",
  linkText: "the link has no text",
  linkMalformed: "a glossary link is written [text](glossary:slug): no space, bracket or parenthesis inside",
};

/** A body problem as the command line says it. */
export const bodyProblemLine = (p: BodyProblem) => `line ${p.line}: ${p.link ? `${p.link}: ` : ""}${bodyProblemText[p.code]}`;

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
    const { text, links } = explicitLinks(buffer, start, problems);
    blocks.push({ kind: "paragraph", anchor: `p${++paragraphs}`, text, line: start, ...(links.length ? { links } : {}) });
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
      if (heading[2]!.includes("](glossary:")) problems.push({ line: lineNo, code: "headingLink" });
      blocks.push({ kind: "heading", anchor: `s${++headings}`, text: heading[2]!.trim(), line: lineNo });
      return;
    }
    if (buffer.length === 0) start = lineNo;
    buffer.push(line);
  });
  flush();
  return { blocks, problems };
}

/** Blocks back as the Markdown body that parseArticleBody reads (explicit links written as links). */
export const toMarkdownBody = (blocks: readonly { kind: "paragraph" | "heading"; text: string; links?: readonly { start: number; end: number; slug: string }[] }[]): string =>
  blocks
    .map((b) => {
      if (b.kind === "heading") return `## ${b.text}`;
      let out = "";
      let at = 0;
      for (const l of [...(b.links ?? [])].sort((x, y) => x.start - y.start)) {
        out += `${b.text.slice(at, l.start)}[${b.text.slice(l.start, l.end)}](glossary:${l.slug})`;
        at = l.end;
      }
      return out + b.text.slice(at);
    })
    .join("\n\n");

const LINK = /\[([^[\]]+)\]\(glossary:([^()\s]*)\)/g;

/**
 * Takes the explicit links out of a paragraph's lines (joined with spaces): their text stays, the
 * link becomes a span. A malformed link or slug is a problem on its line.
 */
function explicitLinks(lines: string[], firstLine: number, problems: BodyProblem[]): { text: string; links: ParsedLink[] } {
  const joined = lines.join(" ");
  // where each line starts in the joined text, to name the line of a link
  const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0));
  const lineAt = (offset: number) => firstLine + starts.filter((s) => s <= offset).length - 1;
  const links: ParsedLink[] = [];
  let text = "";
  let at = 0;
  for (const m of joined.matchAll(LINK)) {
    const line = lineAt(m.index);
    const label = m[1]!.trim();
    const slug = slugSchema.safeParse(m[2]);
    if (!slug.success) problems.push({ line, code: "linkSlug", link: m[0] });
    if (label === "") problems.push({ line, code: "linkText", link: m[0] });
    text += joined.slice(at, m.index);
    const start = text.length + m[1]!.length - m[1]!.trimStart().length;
    if (slug.success && label !== "") links.push({ start, end: start + label.length, slug: slug.data, line });
    text += m[1];
    at = m.index + m[0].length;
  }
  text += joined.slice(at);
  // a "(glossary:" outside the well-formed links is a malformed one
  const rest = joined.replace(LINK, (m) => " ".repeat(m.length));
  for (const m of rest.matchAll(/\(glossary:/g)) problems.push({ line: lineAt(m.index), code: "linkMalformed" });
  return { text, links };
}

/** One block's text with its explicit links taken out ([text](glossary:slug) → text and a span). */
export function parseInline(text: string, line = 1): { text: string; links: ParsedLink[]; problems: BodyProblem[] } {
  const problems: BodyProblem[] = [];
  const parsed = explicitLinks([text.replace(/\s+/g, " ").trim()], line, problems);
  return { ...parsed, problems };
}

/** One block as the text a translator edits: a paragraph's explicit links written as links. */
export const inlineMarkdown = (block: { kind: "paragraph" | "heading"; text: string; links?: readonly { start: number; end: number; slug: string }[] }): string =>
  block.kind === "heading" ? block.text : toMarkdownBody([block]);

/**
 * The explicit links of an edition whose term does not exist, one problem per link with its line
 * (the parser is pure: the caller knows the glossary).
 */
export function unknownLinks(edition: Pick<ParsedArticle, "blocks">, terms: ReadonlySet<string>): string[] {
  return edition.blocks.flatMap((b) =>
    (b.links ?? []).filter((l) => !terms.has(l.slug)).map((l) => `line ${l.line}: [${b.text.slice(l.start, l.end)}](glossary:${l.slug}): no glossary term has the slug "${l.slug}"`),
  );
}
