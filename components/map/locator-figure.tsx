import { Fragment } from "react";
import type { Locator } from "./locator-maps";
import { MapSvg } from "./map-svg";

/**
 * Where a place is: the locator map and, under it, the place's chain of units as text with links
 * to their entries ("Maymay, Badakhshan, Afghanistan"). No hooks: the entry page and the cards
 * render it alike.
 */
export function LocatorFigure({ locator, className }: { locator: Locator; className?: string }) {
  return (
    <figure className={className ? `locator-map ${className}` : "locator-map"}>
      <MapSvg map={locator.map} />
      <figcaption translate="no">
        {locator.chain.map((c, i) => (
          <Fragment key={c.name}>
            {i > 0 && locator.separator}
            {c.href ? <a href={c.href}>{c.name}</a> : <strong>{c.name}</strong>}
          </Fragment>
        ))}
      </figcaption>
    </figure>
  );
}
