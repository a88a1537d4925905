import type { TermFile } from "../lib/import/glossary-schema";

/**
 * A deterministic synthetic glossary for benchmarks: `count` concepts, each named in Latin,
 * Cyrillic and Persian script (the same invented name spelled in each), with variants.
 */

const onsets = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "ch"];
const vowels = ["a", "o", "u", "i", "e"];
const cyr: Record<string, string> = { b: "б", d: "д", f: "ф", g: "г", h: "х", j: "дж", k: "к", l: "л", m: "м", n: "н", p: "п", r: "р", s: "с", t: "т", v: "в", z: "з", sh: "ш", kh: "х", ch: "ч", a: "а", o: "о", u: "у", i: "и", e: "е" };
const fa: Record<string, string> = { b: "ب", d: "د", f: "ف", g: "گ", h: "ه", j: "ج", k: "ک", l: "ل", m: "م", n: "ن", p: "پ", r: "ر", s: "س", t: "ت", v: "و", z: "ز", sh: "ش", kh: "خ", ch: "چ", a: "ا", o: "و", u: "و", i: "ی", e: "" };

/** A small seeded PRNG (mulberry32), so every run benchmarks the same glossary. */
export function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticName {
  latin: string;
  cyrillic: string;
  persian: string;
}

export function syntheticNames(count: number, seed = 42): SyntheticName[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const seen = new Set<string>();
  const names: SyntheticName[] = [];
  while (names.length < count) {
    const words = 1 + Math.floor(next() * 2);
    const parts: string[][] = [];
    for (let w = 0; w < words; w++) {
      const syllables = 2 + Math.floor(next() * 2);
      const word: string[] = [];
      for (let s = 0; s < syllables; s++) word.push(pick(onsets), pick(vowels));
      if (next() < 0.5) word.push(pick(onsets));
      parts.push(word);
    }
    const latin = parts.map((p) => p.join("").replace(/^./, (c) => c.toUpperCase())).join(" ");
    if (seen.has(latin.toLowerCase())) continue;
    seen.add(latin.toLowerCase());
    const cyrillic = parts.map((p) => p.map((x) => cyr[x]).join("").replace(/^./, (c) => c.toUpperCase())).join(" ");
    const persian = parts.map((p) => p.map((x) => fa[x]).join("")).join(" ");
    names.push({ latin, cyrillic, persian });
  }
  return names;
}

/** Terms shaped like the real glossary files, one per synthetic name. */
export function syntheticTerms(count: number, source = "BENCH"): TermFile[] {
  return syntheticNames(count).map((n, i) => {
    const name = (preferred: string, translit: string | null) => ({ preferred: { text: preferred }, translit, variants: [], aliases: [], forms: [], exact: [], notes: [] });
    return {
      slug: `bench-${i}`,
      kind: "place",
      asOf: "2026-01-01",
      names: { en: name(n.latin, null), ru: name(n.cyrillic, n.latin), tg: name(n.cyrillic, n.latin), fa: name(n.persian, n.latin) },
      definitions: { en: { text: `Synthetic term ${i}.`, sources: [source] } },
      notes: [],
      claims: [],
      related: [],
    };
  });
}
