/**
 * The page's cards are built when a reader first opens them (term-card.tsx): a page of 40 names
 * would otherwise hydrate some 1,500 elements nobody has asked for. A card list offers to build the
 * cards it has data for; term-popovers.tsx asks for a card's element here before it opens it.
 */

/** Builds the card with this id, at once (before returning), if the list has it; says whether it had. */
type Builder = (id: string) => boolean;

const builders = new Set<Builder>();

export function offerCards(build: Builder) {
  builders.add(build);
  return () => {
    builders.delete(build);
  };
}

/** The card with this id, built first if no one had opened it yet; null when the page has no such card. */
export function cardElement(id: string): HTMLElement | null {
  const built = document.getElementById(id);
  if (built || id === "") return built;
  for (const build of builders) if (build(id)) break;
  return document.getElementById(id);
}
