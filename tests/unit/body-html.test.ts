import { blocksHtml, segmentsHtml } from "@/lib/text/body-html";
import type { Segment } from "@/lib/types";

describe("an article's text as HTML", () => {
  test("each name is a link to its entry, marked when it is the first in its section", () => {
    const segments: Segment[] = [{ text: "Troops in " }, { text: "Maymay", term: "maymay", first: true }, { text: " and " }, { text: "Maymay", term: "maymay", first: false }, { text: " again" }];
    expect(segmentsHtml(segments, "/en/glossary")).toBe(
      'Troops in <a class="term" href="/en/glossary/maymay" translate="no" data-term="maymay" data-first="">Maymay</a> and ' +
        '<a class="term" href="/en/glossary/maymay" translate="no" data-term="maymay">Maymay</a> again',
    );
  });

  test("punctuation after a name stays on its line, and is not written twice", () => {
    const html = segmentsHtml([{ text: "Taliban", term: "taliban", first: true }, { text: "'s capture." }], "/en/glossary");
    expect(html).toBe('<span class="nobr"><a class="term" href="/en/glossary/taliban" translate="no" data-term="taliban" data-first="">Taliban</a>&#39;s</span> capture.');
    const persian = segmentsHtml([{ text: "بدخشان", term: "badakhshan", first: true }, { text: "، ولایت" }], "/fa/glossary");
    expect(persian).toMatch(/<\/a>،<\/span> ولایت$/);
  });

  test("text from the database cannot become markup", () => {
    const html = segmentsHtml([{ text: '<img src=x onerror="alert(1)"> & ' }, { text: "A<b>", term: "a", first: false }], "/en/glossary");
    expect(html).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; <a class="term" href="/en/glossary/a" translate="no" data-term="a">A&lt;b&gt;</a>');
  });

  test("paragraphs and subheadings keep their anchors", () => {
    const html = blocksHtml(
      [
        { kind: "heading", anchor: "h1", segments: [{ text: "Border" }] },
        { kind: "paragraph", anchor: "p1", segments: [{ text: "Text" }] },
      ],
      "/ru/glossary",
    );
    expect(html).toBe('<h2 id="h1">Border</h2><p id="p1">Text</p>');
  });
});
