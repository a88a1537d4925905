/** A snippet of `text` around [start, end): whole words, about `width` characters each side. */
export function snippetAround(text: string, start: number, end: number, width = 80) {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space > end ? space : to;
  }
  return {
    before: (from > 0 ? "… " : "") + text.slice(from, start),
    name: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? " …" : ""),
  };
}
