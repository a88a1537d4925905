/** @font-face rules read from a stylesheet, and which characters they cover. Pure. */

export interface FontFaceRule {
  family: string;
  weight: string;
  /** The first url() of its src: the preferred file. */
  src: string;
  /** The unicode-range descriptor as written, or null (every character). */
  unicodeRange: string | null;
  ranges: [number, number][];
}

/** The code points a unicode-range descriptor covers, as [from, to] pairs ("U+0400-045F, U+04??"). */
function ranges(descriptor: string): [number, number][] {
  return descriptor.split(",").flatMap((part): [number, number][] => {
    const [from = "", to] = part.trim().replace(/^U\+/i, "").split("-");
    if (!/^[0-9a-f?]+$/i.test(from)) return [];
    if (from.includes("?")) return [[parseInt(from.replace(/\?/g, "0"), 16), parseInt(from.replace(/\?/g, "f"), 16)]];
    const start = parseInt(from, 16);
    return [[start, to ? parseInt(to, 16) : start]];
  });
}

const descriptor = (body: string, name: string) => new RegExp(`(?:^|[;{\\s])${name}\\s*:\\s*([^;]+)`, "i").exec(body)?.[1]?.trim() ?? null;

export function parseFontFaces(css: string): FontFaceRule[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = ""]) => {
    const src = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body)?.[1];
    if (!src) return [];
    const unicodeRange = descriptor(body, "unicode-range");
    return [
      {
        family: (descriptor(body, "font-family") ?? "").replace(/^["']|["']$/g, ""),
        weight: descriptor(body, "font-weight") ?? "400",
        src,
        unicodeRange,
        ranges: unicodeRange ? ranges(unicodeRange) : [[0, 0x10ffff]],
      },
    ];
  });
}

export const codePoints = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));

/** The characters of `text` (as code points) that a rule covers. */
export const coveredBy = (rule: FontFaceRule, used: ReadonlySet<number>) =>
  [...used].filter((cp) => rule.ranges.some(([from, to]) => cp >= from && cp <= to));
