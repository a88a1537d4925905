interface Props {
  text: string;
  term: string;
  first: boolean;
  /** The glossary's path in the reader's locale (/en/glossary). */
  glossaryPath: string;
}

/**
 * A glossary name in the text: a link to its entry, so that it leads there in every browser, with
 * or without JavaScript or the popover API. Where both are there, term-popovers.tsx makes it a
 * button that opens the name's card on the page. Rendered on the server: nothing changes its size
 * after the page is shown (the reader's settings quiet names with CSS, see quiet-names.tsx).
 */
export function TermTrigger({ text, term, first, glossaryPath }: Props) {
  return (
    <a className="term" href={`${glossaryPath}/${term}`} translate="no" data-term={term} data-first={first ? "" : undefined}>
      {text}
    </a>
  );
}
