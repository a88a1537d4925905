import { quietByMode } from "./highlight-boot";

/**
 * The CSS that leaves names plain (no highlight, no pointer) where the reader's settings say so:
 * by the highlight mode, and for each of the page's concepts, when it is among the known names on
 * <html data-known>. Rendered before the text, so the settings the boot script applied hold from
 * the first paint; term-popovers.tsx takes the names' link and button roles away to match.
 */
export function QuietNames({ slugs }: { slugs: readonly string[] }) {
  const selectors = [...quietByMode, ...slugs.map((s) => `html[data-known~="${s}"] .term[data-term="${s}"]`)];
  // slugs are [a-z0-9-] (slugSchema), so they are safe inside the selector strings
  const css = `${selectors.join(",")}{background:none;border-bottom:0;padding:0;cursor:text;pointer-events:none}`;
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
