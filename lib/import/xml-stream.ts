import { SaxesParser, type SaxesTagNS } from "saxes";

/**
 * A streaming XML reader over saxes: the document is never held whole. Only the elements asked
 * for (a TBX concept entry, a source in the back matter) are built as small trees, handed over
 * when they close, and dropped. Entities are never expanded: a DOCTYPE whose internal subset
 * declares one is refused; a DOCTYPE that only names an external DTD is accepted, and the DTD is
 * never fetched (saxes loads nothing).
 */

export interface XmlElement {
  /** Local name ("conceptEntry", "definition" for <basic:definition>) */
  name: string;
  /** Namespace URI ("" for none) */
  ns: string;
  /** Attributes by qualified name ("type", "xml:lang", "id") */
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  line: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line === undefined ? message : `line ${line}, column ${column}: ${message}`);
  }
}

/** All the text inside an element, in document order, with XML whitespace runs made one space. */
export function textOf(element: XmlElement): string {
  const raw = rawText(element);
  // most texts have single spaces only: replacing each with itself made a new string for every text
  return (/[\t\r\n]| {2}/.test(raw) ? raw.replace(/[ \t\r\n]+/g, " ") : raw).trim();
}

function rawText(element: XmlElement): string {
  let out = "";
  for (const c of element.children) out += typeof c === "string" ? c : rawText(c);
  return out;
}

/**
 * The string as a copy of its own. saxes hands over names, attribute values and text as slices of
 * the chunk it is parsing, and V8 keeps the whole chunk (2 MB for 1 MiB of Cyrillic or Persian
 * text) alive as long as a slice of 13 characters or more lives (v8:2869): the names an import keeps
 * for a batch, its report or a library's history of query arguments kept 14 chunks at once.
 * Flattening a concatenation copies it; slicing the copy leaves the chunk free.
 */
const own = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

export const elementsOf = (element: XmlElement): XmlElement[] => element.children.filter((c): c is XmlElement => typeof c !== "string");

export interface XmlHandlers {
  /** Called with the root element (its attributes, no children); may throw to refuse the document. */
  root(root: XmlElement): void;
  /** Whether to build the element with this path of local names (root first) as a tree. */
  capture(path: readonly string[]): boolean;
  /** A captured element, complete. */
  element(element: XmlElement, path: readonly string[]): void;
  /** An element outside every captured one (for the report of what was not read). */
  skipped?(name: string, path: readonly string[]): void;
  /** After each chunk is parsed: the place to hand what was read on (a reader waits for it). */
  afterChunk?(): Promise<void>;
}

/** Reads XML text chunks; throws XmlError naming line and column for anything not well-formed. */
export async function readXml(chunks: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: XmlError | null = null;
  const fail = (error: XmlError) => {
    failure ??= error;
  };
  parser.on("error", (error) => {
    const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
    fail(m ? new XmlError(m[3]!, Number(m[1]), Number(m[2]) + 1) : new XmlError(error.message));
  });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      fail(new XmlError("the DOCTYPE declares entities; entity declarations are refused (they are never expanded): remove the internal subset", parser.line, parser.column));
    }
  });
  const path: string[] = [];
  const stack: XmlElement[] = [];
  let depthOfCapture = -1;
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const key in tag.attributes) {
      const a = tag.attributes[key]!;
      attrs[own(a.name)] = own(a.value);
    }
    const name = own(tag.local);
    const element: XmlElement = { name, ns: own(tag.uri), attrs, children: [], line: parser.line };
    path.push(name);
    if (path.length === 1) {
      try {
        handlers.root(element);
      } catch (error) {
        fail(error instanceof XmlError ? error : new XmlError((error as Error).message));
      }
    }
    if (depthOfCapture >= 0) {
      stack[stack.length - 1]!.children.push(element);
      stack.push(element);
    } else if (handlers.capture(path)) {
      depthOfCapture = path.length;
      stack.push(element);
    } else handlers.skipped?.(name, path);
  });
  parser.on("text", (text) => {
    if (depthOfCapture >= 0) stack[stack.length - 1]!.children.push(own(text));
  });
  parser.on("cdata", (text) => {
    if (depthOfCapture >= 0) stack[stack.length - 1]!.children.push(own(text));
  });
  parser.on("closetag", () => {
    if (depthOfCapture >= 0) {
      const element = stack.pop()!;
      if (path.length === depthOfCapture) {
        depthOfCapture = -1;
        try {
          handlers.element(element, path);
        } catch (error) {
          fail(error instanceof XmlError ? error : new XmlError((error as Error).message));
        }
      }
    }
    path.pop();
  });
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (failure) throw failure;
    await handlers.afterChunk?.();
  }
  parser.close();
  if (failure) throw failure;
}
