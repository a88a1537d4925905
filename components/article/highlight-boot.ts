/** Key under which the reader's highlight setting is kept on the device. */
export const highlightStorageKey = "tarjuma.highlight";
export const highlightModes = ["all", "first", "none"] as const;
export type HighlightMode = (typeof highlightModes)[number];

/**
 * Runs before first paint: marks the page as scripted (cards then stay hidden until placed beside
 * their name) and applies the reader's highlight setting, so nothing flashes.
 */
export const highlightBootScript = `document.documentElement.classList.add("js");try{var m=localStorage.getItem(${JSON.stringify(highlightStorageKey)});if(m==="first"||m==="none")document.documentElement.dataset.highlight=m}catch(e){}`;
