import { geoContains, geoDistance, geoMercator, geoPath, type GeoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiLineString } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";

/**
 * Small locator maps, computed on the server (no React, no database): the borders of the countries
 * around a place, the place's country filled, the place marked and the neighbouring countries
 * labelled. Coordinates are rounded to whole units, so a map is a few hundred bytes to a few KB of
 * SVG path data.
 *
 * The frame is a region about 500 km across centred on the place, or, for a country, the country
 * itself. The projection is Mercator centred on the frame (conformal: shapes look right at this
 * scale); geography is never mirrored, whatever the page's direction.
 *
 * Cheap to compute: each frame works on the countries whose bounding box meets it (a small
 * topology cut from the atlas, weighted for simplification on its own), never on the whole world.
 *
 * - locatorMap: one self-contained map (an entry page's).
 * - sharedLocatorMaps: the maps of a page's cards, drawn as views into a few shared base maps (the
 *   cards of places near each other at about the same scale share one), so that a page carries
 *   each border once however many cards show it.
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

/** A base map shared by several cards: paths in its own coordinates. */
export interface MapBase {
  /** Every country in the base, filled as land. */
  land: string;
  /** Borders and coasts, each drawn once. */
  borders: string;
  /** The countries filled as some card's place's country, by ISO 3166-1 numeric code. */
  homes: Record<string, string>;
}

/**
 * One card's map: a window into a base. Its own coordinates are 0..width × 0..height as a
 * self-contained map's; the base is drawn into them scaled by `scale` and moved by `x`, `y`.
 */
export interface MapView {
  /** Index of its base in `bases`. */
  base: number;
  width: number;
  height: number;
  /** A base point p is at p × scale + (x, y) in the card. */
  transform: { scale: number; x: number; y: number };
  /** The place's country (a key of the base's homes), or null. */
  home: string | null;
  point: { x: number; y: number };
  labels: MapLabel[];
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
type Country = Feature<Geometry, { name: string }>;
type Box = [number, number, number, number];

/** The atlas's arcs and countries with their bounding boxes (lon/lat), read once per atlas. */
interface Atlas {
  world: World;
  arcBoxes: Box[];
  countries: { geometry: World["objects"]["countries"]["geometries"][number]; box: Box }[];
}
const atlases = new WeakMap<World, Atlas>();

const meets = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function atlasOf(world: World): Atlas {
  let atlas = atlases.get(world);
  if (atlas) return atlas;
  // each arc's box, from its quantized, delta-encoded points (no geometry is built)
  const [sx, sy] = world.transform!.scale;
  const [tx, ty] = world.transform!.translate;
  const arcBoxes: Box[] = world.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [dx, dy] of arc) {
      x += dx!;
      y += dy!;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    return [box[0] * sx + tx, box[1] * sy + ty, box[2] * sx + tx, box[3] * sy + ty];
  });
  atlas = {
    world,
    arcBoxes,
    countries: world.objects.countries.geometries.map((geometry) => {
      const box = union(arcsOf(geometry).map((i) => arcBoxes[i < 0 ? ~i : i]!));
      return { geometry, box };
    }),
  };
  atlases.set(world, atlas);
  return atlas;
}

/** Every arc index a Polygon or MultiPolygon uses (reversed arcs as ~index). */
const arcsOf = (geometry: object): number[] => ("arcs" in geometry && Array.isArray(geometry.arcs) ? (geometry.arcs.flat(2) as number[]) : []);

/** Kept points of an arc that lies wholly outside a frame are at most this far apart (degrees). */
const OUTSIDE_STEP = 1;

/**
 * The countries whose box meets `box` (lon/lat), as a topology of their own, weighted for
 * simplification. Arcs that meet the box are kept whole; an arc that lies wholly outside it keeps
 * only points about OUTSIDE_STEP degrees apart: the rings stay closed, everything inside the box
 * is drawn exactly as from the whole atlas, and the work is that of the frame, not of the world.
 * (A chord of an arc outside the box stays within the arc's own box but for a bulge of
 * hundredths of a degree, which the box's margin takes.)
 */
function topologyNear(atlas: Atlas, box: Box): { near: World; boxes: Box[] } {
  const { world, arcBoxes } = atlas;
  const [sx, sy] = world.transform!.scale;
  const renumber = new Map<number, number>();
  const arcs: World["arcs"] = [];
  const remap = (i: number): number => {
    const original = i < 0 ? ~i : i;
    let index = renumber.get(original);
    if (index === undefined) {
      const arc = world.arcs[original]!;
      index = arcs.push(meets(arcBoxes[original]!, box) ? arc : coarse(arc, OUTSIDE_STEP / sx, OUTSIDE_STEP / sy)) - 1;
      renumber.set(original, index);
    }
    return i < 0 ? ~index : index;
  };
  const chosen = atlas.countries.filter((c) => meets(c.box, box));
  const geometries = chosen
    .map(({ geometry }) =>
      geometry.type === "Polygon"
        ? { ...geometry, arcs: (geometry as Polygon).arcs.map((ring) => ring.map(remap)) }
        : geometry.type === "MultiPolygon"
          ? { ...geometry, arcs: (geometry as MultiPolygon).arcs.map((polygon) => polygon.map((ring) => ring.map(remap))) }
          : geometry,
    ) as World["objects"]["countries"]["geometries"];
  const topology: World = { type: "Topology", transform: world.transform, arcs, objects: { countries: { type: "GeometryCollection", geometries } } };
  return { near: presimplify(topology) as World, boxes: chosen.map((c) => c.box) };
}

/** A quantized, delta-encoded arc with only its ends and points at least (stepX, stepY) from the last kept. */
function coarse(arc: World["arcs"][number], stepX: number, stepY: number): World["arcs"][number] {
  const out: World["arcs"][number] = [];
  let x = 0;
  let y = 0;
  let keptX = 0;
  let keptY = 0;
  arc.forEach(([dx, dy], i) => {
    x += dx!;
    y += dy!;
    if (i === 0 || i === arc.length - 1 || Math.abs(x - keptX) >= stepX || Math.abs(y - keptY) >= stepY) {
      out.push(i === 0 ? [x, y] : [x - keptX, y - keptY]);
      keptX = x;
      keptY = y;
    }
  });
  return out;
}

/** The lon/lat box a projection shows in [0, W] × [0, H] (Mercator keeps it a box), with a margin (a share of the size). */
function boxShown(projection: GeoProjection, W: number, H: number, margin = 0.1): Box {
  const [west, north] = projection.invert!([-W * margin, -H * margin])!;
  const [east, south] = projection.invert!([W * (1 + margin), H * (1 + margin)])!;
  return [west, south, east, north];
}

/** The full-detail outline of one country (for fitting a country's frame), or null. */
function countryOutline(world: World, iso: string | null): Country | null {
  const geometry = iso === null ? undefined : atlasOf(world).countries.find((c) => c.geometry.id === iso)?.geometry;
  return geometry ? (feature(world, geometry) as Country) : null;
}

/** What a frame draws: its countries simplified for its scale, land, borders and some countries filled. */
function drawFrame(world: World, projection: GeoProjection, W: number, H: number, detail: number, homes: readonly string[]) {
  const { near, boxes } = topologyNear(atlasOf(world), boxShown(projection, W, H));
  // drop the detail a pixel cannot show: points whose triangle (in square degrees, as presimplify
  // weighs them) is under `detail` square pixels
  const kmPerPixel = (geoDistance(projection.invert!([0, H / 2])!, projection.invert!([W, H / 2])!) * EARTH_KM) / W;
  const simple = simplify(near, (kmPerPixel / KM_PER_DEGREE) ** 2 * detail) as World;
  // every country of the topology meets the frame's box (with a margin): what lies outside the
  // frame itself is clipped away by the projection
  const countries = feature(simple, simple.objects.countries).features as Country[];
  const path = geoPath(projection).digits(0);
  const { geometries } = simple.objects.countries;
  return {
    /** The countries whose box meets that of a window of the frame (for the labels: no other can be named there). */
    countriesIn: (window: Box) => countries.filter((_, i) => meets(boxes[i]!, window)),
    land: compact(path(merge(simple, geometries as never)) ?? ""),
    borders: compact(path(mesh(simple, simple.objects.countries, (a, b) => a !== b) as MultiLineString) ?? ""),
    homes: Object.fromEntries(homes.flatMap((iso) => {
      const home = countries.find((c) => c.id === iso);
      return home ? [[iso, compact(path(home) ?? "")]] : [];
    })) as Record<string, string>,
  };
}

/** Countries with enough of themselves in the window to be named there, largest first, at the centre of their part. */
function labelsIn(countries: readonly Country[], path: GeoPath, windowArea: number): MapLabel[] {
  return countries
    .map((c) => ({ c, area: path.area(c) }))
    .filter(({ area }) => area > windowArea * 0.04)
    .map(({ c, area }) => ({ c, area, at: path.centroid(c) }))
    .filter(({ at }) => Number.isFinite(at[0]))
    .sort((a, b) => b.area - a.area)
    .map(({ c, at }) => ({ iso: String(c.id), x: round(at[0]), y: round(at[1]) }));
}

/** Builds the map for one place, self-contained. */
export function locatorMap(world: World, request: MapRequest): LocatorMap {
  const { width: W, height: H } = request.size ?? { width: MAP_WIDTH, height: MAP_HEIGHT };
  const projection = frameFor(request, countryOutline(world, request.country), W, H);
  const frame = drawFrame(world, projection, W, H, request.simplify ?? 4, request.country ? [request.country] : []);
  const point = projection([request.lon, request.lat])!;
  return {
    width: W,
    height: H,
    land: frame.land,
    home: request.country ? (frame.homes[request.country] ?? "") : "",
    borders: frame.borders,
    point: { x: round(point[0]), y: round(point[1]) },
    labels: labelsIn(frame.countriesIn(boxShown(projection, W, H, 0)), geoPath(projection), W * H),
    borderWith: bordersNear(world, request),
  };
}

/**
 * The maps of several places (a page's cards, all of one size and detail) as views into shared
 * bases. Each card's frame is what locatorMap would draw; cards whose frames lie near each other
 * at about the same scale are drawn from one base covering all of them, at the scale of its most
 * detailed card, when that base costs less than drawing them apart.
 */
export function sharedLocatorMaps(world: World, requests: readonly MapRequest[], size: { width: number; height: number }, detail: number): { bases: MapBase[]; views: MapView[] } {
  const { width: W, height: H } = size;
  // each card's frame in raw Mercator units (y up): its scale and the box it shows
  const frames = requests.map((request) => {
    const projection = frameFor(request, countryOutline(world, request.country), W, H);
    const k = projection.scale();
    const [x0, y1] = unproject(projection, [0, 0]);
    const [x1, y0] = unproject(projection, [W, H]);
    return { request, k, box: [x0, y0, x1, y1] as Box };
  });
  const groups = groupFrames(frames, W * H);
  const bases: MapBase[] = [];
  const views: MapView[] = new Array(requests.length);
  for (const group of groups) {
    const K = Math.max(...group.map((i) => frames[i]!.k));
    const box = union(group.map((i) => frames[i]!.box));
    const Wb = (box[2] - box[0]) * K;
    const Hb = (box[3] - box[1]) * K;
    const projection = geoMercator().scale(K).translate([-box[0] * K, box[3] * K]).clipExtent([[0, 0], [Wb, Hb]]);
    const homes = [...new Set(group.flatMap((i) => frames[i]!.request.country ?? []))];
    const frame = drawFrame(world, projection, Wb, Hb, detail, homes);
    const index = bases.push({ land: frame.land, borders: frame.borders, homes: frame.homes }) - 1;
    for (const i of group) {
      const { request, k, box: b } = frames[i]!;
      // the card's own projection (scale k): the base's, scaled by k / K and moved to the card's box
      const scale = Math.round((k / K) * 1e4) / 1e4;
      const x = Math.round(-(b[0] - box[0]) * K * scale * 10) / 10;
      const y = Math.round(-(box[3] - b[3]) * K * scale * 10) / 10;
      const card = geoMercator().scale(K * scale).translate([-box[0] * K * scale + x, box[3] * K * scale + y]).clipExtent([[0, 0], [W, H]]);
      const point = card([request.lon, request.lat])!;
      views[i] = {
        base: index,
        width: W,
        height: H,
        transform: { scale, x, y },
        home: request.country && frame.homes[request.country] ? request.country : null,
        point: { x: round(point[0]), y: round(point[1]) },
        labels: labelsIn(frame.countriesIn(boxShown(card, W, H, 0)), geoPath(card), W * H),
        borderWith: bordersNear(world, request),
      };
    }
  }
  return { bases, views };
}

/** A point of a projection's plane back in raw Mercator units (radians; y up). */
function unproject(projection: GeoProjection, at: [number, number]): [number, number] {
  const [lon, lat] = projection.invert!(at)!;
  const raw = geoMercator().scale(1).translate([0, 0])([lon, lat])!;
  return [raw[0], -raw[1]];
}

const union = (boxes: readonly Box[]): Box => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/**
 * Which cards share a base: starting from one base per card, merges the two groups that save the
 * most drawn area (a base's area at its finest scale, in cards' areas) while any merge saves some.
 */
function groupFrames(frames: readonly { k: number; box: Box }[], cardArea: number): number[][] {
  const cost = (group: readonly number[]) => {
    const K = Math.max(...group.map((i) => frames[i]!.k));
    const b = union(group.map((i) => frames[i]!.box));
    return ((b[2] - b[0]) * K * (b[3] - b[1]) * K) / cardArea;
  };
  let groups = frames.map((_, i) => [i]);
  for (;;) {
    let best: { a: number; b: number; saving: number } | null = null;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const saving = cost(groups[a]!) + cost(groups[b]!) - cost([...groups[a]!, ...groups[b]!]);
        if (saving > 0 && (!best || saving > best.saving)) best = { a, b, saving };
      }
    }
    if (!best) return groups;
    const merged = [...groups[best.a]!, ...groups[best.b]!];
    groups = [...groups.filter((_, i) => i !== best.a && i !== best.b), merged];
  }
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

/**
 * Countries other than the place's own with territory within BORDER_KM of the point, nearest
 * first, measured on the full-detail atlas (vertices of 50m data are a few km apart):
 * simplification must not move a border nearer or farther.
 */
function bordersNear(world: World, request: MapRequest): string[] {
  const at: [number, number] = [request.lon, request.lat];
  const limit = BORDER_KM / EARTH_KM;
  // only countries whose box comes within the limit (in degrees, generously: a degree of longitude
  // is shorter than one of latitude away from the equator)
  const margin = (BORDER_KM / KM_PER_DEGREE) / Math.max(Math.cos(((Math.abs(at[1]) + 1) * Math.PI) / 180), 0.05);
  return atlasOf(world)
    .countries.filter(({ geometry, box }) => geometry.id !== request.country && box[0] - margin <= at[0] && at[0] <= box[2] + margin && box[1] - margin <= at[1] && at[1] <= box[3] + margin)
    .map(({ geometry }) => feature(world, geometry) as Country)
    .map((c) => ({ iso: String(c.id), distance: geoContains(c, at) ? 0 : nearestVertex(c.geometry, at) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .map((c) => c.iso);
}

/** The great-circle distance (radians) from the point to the nearest vertex (haversine: d3's geoDistance is far slower per call). */
function nearestVertex(geometry: Geometry, at: [number, number]): number {
  const rad = Math.PI / 180;
  const lat0 = at[1] * rad;
  const cos0 = Math.cos(lat0);
  let best = Infinity; // the haversine of the distance, which grows with it
  const visit = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === "number") {
      const [lon, lat] = coords as [number, number];
      const dLat = Math.sin(((lat - at[1]) * rad) / 2);
      const dLon = Math.sin(((lon - at[0]) * rad) / 2);
      best = Math.min(best, dLat * dLat + cos0 * Math.cos(lat * rad) * dLon * dLon);
    } else (coords as unknown[]).forEach(visit);
  };
  if ("coordinates" in geometry) visit(geometry.coordinates);
  return 2 * Math.asin(Math.sqrt(Math.min(best, 1)));
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
