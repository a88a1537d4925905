import { termFileSchema, type SourceFile, type TermFile } from "@/lib/import/glossary-schema";

/**
 * Terms that use everything the file format holds, for round trips through every format: names
 * in other languages and regional tags, every TBX status, name details outside TBX-Basic's
 * picklists, forms and exact names, notes at every level, facts in some languages only, a
 * definition in a language without names, a subject with and without a kind of ours, a slug that
 * starts with a digit, no as-of date, a transliteration beside a real Latin-script name.
 */
export const richSources: SourceFile[] = [
  { key: "2GIS", title: "A source whose key starts with a digit", url: "https://example.org/2gis", date: "2021" },
  { key: "ORPHAN", title: "A source no term cites", url: null, date: null },
  { key: "RICH", title: "Fixture & <friends>", url: "https://example.org/rich?a=1&b=2", date: "2020-12-21" },
];

export const richTerms: TermFile[] = [
  {
    slug: "1st-border-post",
    kind: "person",
    subject: "Border security",
    names: {
      en: {
        preferred: { text: "First Border Post", status: "admitted", partOfSpeech: "properNoun", termType: "fullForm", region: "Tajikistan", notes: ["a note"], usage: ["capitalised"], contexts: [{ text: "At the First Border Post, guards…", source: "Fixture article" }, { text: "No source here." }], sources: ["Fixture glossary"] },
        variants: [{ text: "1st Border Post", status: "preferred" }, { text: "Frontier Post One", status: "deprecated" }, { text: "Border Post No. 1", status: "superseded" }],
        aliases: [{ text: "FBP", termType: "acronym" }],
        forms: ["First Border Post's"],
        exact: ["First"],
        notes: ["English names note"],
      },
      ru: { preferred: "Первая застава", translit: "Pervaya zastava", variants: ["1-я застава"] },
      "ru-Latn": { preferred: "Pervaja zastava" },
      "fa-AF": { preferred: { text: "پاسگاه اول", gender: "neuter" }, translit: "Pāsgāh-e Awwal" },
      prs: { variants: ["پوسته اول"] },
      "uz-Cyrl": { preferred: "Биринчи пост" },
    },
    definitions: { en: { text: "A fixture border post.", sources: ["RICH", "2GIS"] }, de: { text: "Ein Grenzposten ohne deutschen Namen.", sources: [] } },
    notes: ["A concept note with | a pipe and \"quotes\", <tags> & ampersands."],
    claims: [
      { property: "founded", value: { en: "1992", ru: "1992 год", de: "1992" }, source: "RICH" },
      { property: "location", value: { "fa-AF": "بدخشان" }, source: "2GIS" },
    ],
    related: ["plain-subject"],
  },
  {
    slug: "plain-subject",
    kind: "concept",
    subject: "Place",
    names: { es: { preferred: "sujeto" } },
  },
].map((t) => termFileSchema.parse(t));

/** The seed glossary with the rich terms added. */
export const withRich = (glossary: { sources: SourceFile[]; terms: TermFile[] }) => ({
  sources: [...glossary.sources, ...richSources].sort((a, b) => (a.key < b.key ? -1 : 1)),
  terms: [...glossary.terms, ...richTerms].sort((a, b) => a.slug.localeCompare(b.slug)),
});
