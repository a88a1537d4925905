/** A locator map ready to draw: geometry from lib/geo/locator-map.ts, names in the reader's language. */
export interface MapDrawing {
  width: number;
  height: number;
  land: string;
  home: string;
  borders: string;
  point: { x: number; y: number };
  labels: { x: number; y: number; text: string }[];
  /** The text alternative: where the place is, in words. */
  alt: string;
}

/**
 * The map as inline SVG: no tiles, no requests, no script. No hooks, so the entry page (server) and
 * the cards (client, from compact data) both render it. Geography keeps its orientation in right-to-
 * left pages; only the names follow the page's direction.
 */
export function MapSvg({ map }: { map: MapDrawing }) {
  return (
    <svg className="locator-map__svg" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={map.alt} fontSize={Math.round(map.width / 2.4) / 10}>
      <rect className="locator-map__sea" width={map.width} height={map.height} />
      <path className="locator-map__land" d={map.land} />
      <path className="locator-map__home" d={map.home} />
      <path className="locator-map__borders" d={map.borders} />
      {map.labels.map((l) => (
        <text key={l.text} x={l.x} y={l.y} textAnchor="middle" className="locator-map__label">
          {l.text}
        </text>
      ))}
      <circle className="locator-map__point" cx={map.point.x} cy={map.point.y} r={Math.round(map.width / 6) / 10} />
    </svg>
  );
}
