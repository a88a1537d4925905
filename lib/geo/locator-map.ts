import { geoContains, geoDistance, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiLineString } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";

/**
 * A small locator map, computed once at build time (no React, no database): the borders of the
 * countries around a place, the place's country filled, the place marked and the neighbouring
 * countries labelled. Coordinates are rounded to whole units of a 240 × 180 box, so a map is a few
 * hundred bytes to a few KB of SVG path data.
 *
 * The frame is a region about 500 km across centred on the place, or, for a country, the country
 * itself. The projection is Mercator centred on the frame (conformal: shapes look right at this
 * scale); geography is never mirrored, whatever the page's direction.
 */

export type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface MapLabel {
  /** ISO 3166-1 numeric code of the country. */
  iso: string;
  x: number;
  y: number;
}

export interface LocatorMap {
  width: number;
  height: number;
  /** Every country in the frame, filled as land. */
  land: string;
  /** The place's country. */
  home: string;
  /** Borders and coasts in the frame, each drawn once. */
  borders: string;
  /** The place, in the frame's coordinates. */
  point: { x: number; y: number };
  /** Where to name each country with enough of itself in the frame (the place's country included). */
  labels: MapLabel[];
  /** Other countries whose border is within BORDER_KM of the place, nearest first. */
  borderWith: string[];
}

export const MAP_WIDTH = 240;
export const MAP_HEIGHT = 180;
/** A place this close to another country's territory is "on the border with" it. */
export const BORDER_KM = 25;
const EARTH_KM = 6371;
const KM_PER_DEGREE = (Math.PI * EARTH_KM) / 180;
/** Half the height of a regional frame, in degrees of latitude (about 280 km). */
const REGION_HALF_LAT = 2.5;

export interface MapRequest {
  lat: number;
  lon: number;
  /** The ISO 3166-1 numeric code of the country the place is in (the end of its partOf chain). */
  country: string | null;
  /** "country": the frame is the country itself; "region": about 500 km around the place. */
  frame: "country" | "region";
  /**
   * How much detail to drop: points whose triangle is under this many square pixels go (4 for an
   * entry page's map, more for a card's, which is smaller on screen and carried by a heavier page).
   */
  simplify?: number;
  /** The box drawn into, 240 × 180 by default (a card's map is smaller). */
  size?: { width: number; height: number };
}

const round = (n: number) => Math.round(n);

const prepared = new WeakMap<World, World>();
/** The atlas with every point weighted for simplification (once per atlas: it takes a moment). */
const presimplified = (world: World): World => {
  let pre = prepared.get(world);
  if (!pre) prepared.set(world, (pre = presimplify(world) as World));
  return pre;
};

/** Builds the map for one place. */
export function locatorMap(world: World, request: MapRequest): LocatorMap {
  const { width: W, height: H } = request.size ?? { width: MAP_WIDTH, height: MAP_HEIGHT };
  const full = feature(world, world.objects.countries).features as Feature<Geometry, { name: string }>[];
  const home = full.find((c) => c.id === request.country) ?? null;
  const projection = frameFor(request, home, W, H);
  // drop the detail a pixel cannot show: points whose triangle (in square degrees, as presimplify
  // weighs them) is under `simplify` square pixels
  const kmPerPixel = (geoDistance(projection.invert!([0, H / 2])!, projection.invert!([W, H / 2])!) * EARTH_KM) / W;
  const simple = simplify(presimplified(world), (kmPerPixel / KM_PER_DEGREE) ** 2 * (request.simplify ?? 4)) as World;
  const countries = feature(simple, simple.objects.countries).features as Feature<Geometry, { name: string }>[];
  const path = geoPath(projection).digits(0);
  const inFrame = countries.filter((c) => (path(c) ?? "") !== "");
  const point = projection([request.lon, request.lat])!;
  const frameArea = W * H;
  const labels = inFrame
    .map((c) => ({ c, area: path.area(c), at: path.centroid(c) }))
    .filter(({ area, at }) => area > frameArea * 0.04 && Number.isFinite(at[0]))
    .sort((a, b) => b.area - a.area)
    .map(({ c, at }) => ({ iso: String(c.id), x: round(at[0]), y: round(at[1]) }));
  const inFrameIds = new Set(inFrame.map((c) => c.id));
  const inFrameOnly = { type: "GeometryCollection" as const, geometries: simple.objects.countries.geometries.filter((g) => inFrameIds.has(g.id)) };
  return {
    width: W,
    height: H,
    land: compact(path(merge(simple, inFrameOnly.geometries as never)) ?? ""),
    home: compact(path(countries.find((c) => c.id === request.country) ?? { type: "GeometryCollection", geometries: [] }) ?? ""),
    borders: compact(path(mesh(simple, inFrameOnly, (a, b) => a !== b) as MultiLineString) ?? ""),
    point: { x: round(point[0]), y: round(point[1]) },
    labels,
    // measured on the full-detail atlas: simplification must not move a border nearer or farther
    borderWith: bordersNear(full.filter((c) => c !== home && inFrameIds.has(c.id)), [request.lon, request.lat]),
  };
}

/** The projection of a frame: the country fitted with a margin, or a region centred on the place. */
function frameFor(request: MapRequest, home: Feature | null, W: number, H: number): GeoProjection {
  const extent: [[number, number], [number, number]] = [[0, 0], [W, H]];
  const projection = geoMercator();
  if (request.frame === "country" && home) {
    projection.fitExtent([[W * 0.08, H * 0.08], [W * 0.92, H * 0.92]], home);
  } else {
    projection.center([request.lon, request.lat]).translate([W / 2, H / 2]).scale(1);
    const top = projection([request.lon, request.lat + REGION_HALF_LAT])!;
    projection.scale(H / 2 / Math.abs(top[1] - H / 2));
  }
  return projection.clipExtent(extent);
}

/** Countries with territory within BORDER_KM of the point, nearest first (vertices of 50m data are a few km apart). */
function bordersNear(countries: Feature<Geometry>[], at: [number, number]): string[] {
  const limit = BORDER_KM / EARTH_KM;
  return countries
    .map((c) => ({ iso: String(c.id), distance: geoContains(c, at) ? 0 : nearestVertex(c.geometry, at) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .map((c) => c.iso);
}

function nearestVertex(geometry: Geometry, at: [number, number]): number {
  let best = Infinity;
  const visit = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === "number") best = Math.min(best, geoDistance(at, coords as [number, number]));
    else (coords as unknown[]).forEach(visit);
  };
  if ("coordinates" in geometry) visit(geometry.coordinates);
  return best;
}

/**
 * Short path data. d3 writes absolute "M12,34L13,35Z" with whole numbers (digits 0); this drops
 * the points that rounding made equal to the one before and the rings that shrank to nothing, and
 * writes each ring as relative moves ("M12,34l1,1-2,3z"), which are a few characters shorter each.
 */
export function compact(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  for (const ring of d.split("M").filter(Boolean)) {
    const closed = ring.endsWith("Z");
    const points = ring
      .replace(/Z$/, "")
      .split("L")
      .map((p) => p.split(",").map(Number) as [number, number]);
    const kept = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
    if (kept.length < (closed ? 3 : 2)) continue;
    const [start, ...rest] = kept;
    out += `M${start![0]},${start![1]}`;
    [x, y] = start!;
    if (rest.length > 0) {
      out += "l";
      rest.forEach(([px, py], i) => {
        out += `${i > 0 && px - x >= 0 ? "," : ""}${px - x}${py - y >= 0 ? "," : ""}${py - y}`;
        [x, y] = [px, py];
      });
    }
    if (closed) out += "z";
  }
  return out;
}
