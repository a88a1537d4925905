/** Key under which the reader's highlight setting is kept on the device. */
export const highlightStorageKey = "tarjuma.highlight";
export const highlightModes = ["all", "first", "none"] as const;
export type HighlightMode = (typeof highlightModes)[number];

/** Runs before first paint, so a page never flashes highlights the reader switched off. */
export const highlightBootScript = `try{var m=localStorage.getItem(${JSON.stringify(highlightStorageKey)});if(m==="first"||m==="none")document.documentElement.dataset.highlight=m}catch(e){}`;
