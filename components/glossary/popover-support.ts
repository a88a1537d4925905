/** Whether this browser has the popover API (Chrome 114, Safari 17, Firefox 125 and later). */
export const hasPopovers = () => typeof HTMLElement.prototype.showPopover === "function";
