/** What every locator map draws over its geometry: names in the reader's language, the place, the text alternative. */
interface MapWords {
  width: number;
  height: number;
  point: { x: number; y: number };
  labels: { x: number; y: number; text: string }[];
  /** The text alternative: where the place is, in words. */
  alt: string;
}

/**
 * A locator map ready to draw (geometry from lib/geo/locator-map.ts, names in the reader's
 * language): self-contained (an entry page's), or a view into a base map that the page's cards
 * share (`base`: the ids of the base's paths, rendered once by MapBases, and where the card's
 * window puts them).
 */
export type MapDrawing = MapWords & ({ land: string; home: string; borders: string } | { base: SharedBase });

/** Where a card's map finds its base: the base's number, the country filled, and the window (p → p × scale + (x, y)). */
export interface SharedBase {
  n: number;
  home: string | null;
  scale: number;
  x: number;
  y: number;
}

/** The id of a base's path on the page ("lm0-land", "lm0-004"). */
export const baseId = (n: number, part: string) => `lm${n}-${part}`;

/** A base map shared by a page's cards: its paths (homes by ISO 3166-1 numeric code). */
export interface MapBaseDrawing {
  land: string;
  borders: string;
  homes: Record<string, string>;
}

/**
 * The map as inline SVG: no tiles, no requests, no script. No hooks, so the entry page (server) and
 * the cards (client, from compact data) both render it. Geography keeps its orientation in right-to-
 * left pages; only the names follow the page's direction.
 */
export function MapSvg({ map }: { map: MapDrawing }) {
  return (
    <svg className="locator-map__svg" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={map.alt} fontSize={Math.round(map.width / 2.4) / 10}>
      {"base" in map ? (
        <g transform={map.base.scale === 1 && map.base.x === 0 && map.base.y === 0 ? undefined : `matrix(${map.base.scale} 0 0 ${map.base.scale} ${map.base.x} ${map.base.y})`}>
          <use href={`#${baseId(map.base.n, "land")}`} />
          {map.base.home && <use href={`#${baseId(map.base.n, map.base.home)}`} />}
          <use href={`#${baseId(map.base.n, "borders")}`} />
        </g>
      ) : (
        <>
          <path className="locator-map__land" d={map.land} />
          <path className="locator-map__home" d={map.home} />
          <path className="locator-map__borders" d={map.borders} />
        </>
      )}
      <g className="locator-map__labels">
        {map.labels.map((l) => (
          <text key={l.text} x={l.x} y={l.y}>
            {l.text}
          </text>
        ))}
      </g>
      <circle className="locator-map__point" cx={map.point.x} cy={map.point.y} r={Math.round(map.width / 6) / 10} />
    </svg>
  );
}

/**
 * The base maps of a page's cards, once for the page: paths in a hidden SVG's defs, which each
 * card's map draws with <use>. Styled by their classes, so every use looks like a whole map.
 */
export function MapBases({ bases }: { bases: MapBaseDrawing[] }) {
  if (bases.length === 0) return null;
  return (
    <svg className="locator-map__bases" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {bases.map((b, n) => (
          <g key={n}>
            <path id={baseId(n, "land")} className="locator-map__land" d={b.land} />
            {Object.entries(b.homes).map(([iso, d]) => (
              <path key={iso} id={baseId(n, iso)} className="locator-map__home" d={d} />
            ))}
            <path id={baseId(n, "borders")} className="locator-map__borders" d={b.borders} />
          </g>
        ))}
      </defs>
    </svg>
  );
}
