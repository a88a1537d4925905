import { Fragment } from "react";
import type { Locator } from "@/lib/places/locators";
import { MapSvg } from "./map-svg";

/**
 * Where a place is: the locator map and, under it, what it is and where, the units it lies in linked
 * to their entries ("Maymay, a district of Badakhshan Province, Afghanistan"). No hooks: the entry
 * page and the cards render it alike.
 */
export function LocatorFigure({ locator, className }: { locator: Locator; className?: string }) {
  return (
    <figure className={className ? `locator-map ${className}` : "locator-map"}>
      <MapSvg map={locator.map} />
      <figcaption translate="no">
        {locator.caption.map((part, i) => (
          <Fragment key={i}>{part.href ? <a href={part.href}>{part.text}</a> : part.own ? <strong>{part.text}</strong> : part.text}</Fragment>
        ))}
      </figcaption>
    </figure>
  );
}
