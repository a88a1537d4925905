/** Keys under which the reader's settings are kept on the device. */
export const highlightStorageKey = "tarjuma.highlight";
/** The names the reader marked as known: { [concept slug]: the name as they saw it }. */
export const knownStorageKey = "tarjuma.known";
export const highlightModes = ["all", "first", "none"] as const;
export type HighlightMode = (typeof highlightModes)[number];

/** The names each highlight mode leaves plain, as CSS selectors on html[data-highlight]. */
export const quietByMode = ['html[data-highlight="none"] .term', 'html[data-highlight="first"] .term:not([data-first])'];

/**
 * Runs before first paint: marks the page as scripted (cards then stay hidden until placed beside
 * their name) and applies the reader's settings to <html> (data-highlight, data-known: the known
 * names' slugs), which the page's CSS (quiet-names.tsx) turns into plain names, so nothing flashes
 * or moves.
 */
export const highlightBootScript = `var d=document.documentElement;d.classList.add("js");try{var m=localStorage.getItem(${JSON.stringify(highlightStorageKey)});if(m==="first"||m==="none")d.dataset.highlight=m;var k=JSON.parse(localStorage.getItem(${JSON.stringify(knownStorageKey)})||"{}");if(k&&typeof k==="object")d.dataset.known=Object.keys(k).join(" ")}catch(e){}`;
