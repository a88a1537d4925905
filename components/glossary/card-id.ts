/** The id of a term's card, which its buttons name in popovertarget and aria-controls. */
export const cardId = (slug: string) => `term-${slug}`;
