import { compact, locatorMap, MAP_HEIGHT, MAP_WIDTH, sharedLocatorMaps, type MapRequest } from "@/lib/geo/locator-map";
import { loadWorld } from "@/lib/geo/world";

const world = loadWorld();

describe("locator map geometry (Natural Earth 1:50m)", () => {
  const cases = [
    { name: "a district on the Panj (Maymay)", request: { lat: 38.4086, lon: 71.0384, country: "004", frame: "region" as const }, borderWith: ["762"] },
    { name: "a city inland (Dushanbe)", request: { lat: 38.533, lon: 68.783, country: "762", frame: "region" as const }, borderWith: [] },
    { name: "a country (Afghanistan)", request: { lat: 33.94, lon: 67.71, country: "004", frame: "country" as const }, borderWith: [] },
    { name: "a feature in no country (the Pamirs)", request: { lat: 38.5, lon: 73.5, country: null, frame: "region" as const }, borderWith: null },
  ];

  test.each(cases)("$name: the place falls inside the drawn frame, the map is a few KB", ({ request, borderWith }) => {
    const map = locatorMap(world, request);
    expect(map.point.x).toBeGreaterThan(0);
    expect(map.point.x).toBeLessThan(MAP_WIDTH);
    expect(map.point.y).toBeGreaterThan(0);
    expect(map.point.y).toBeLessThan(MAP_HEIGHT);
    const bytes = map.land.length + map.home.length + map.borders.length;
    expect(bytes).toBeGreaterThan(200); // there is something drawn
    expect(bytes).toBeLessThan(4000);
    for (const d of [map.land, map.home, map.borders]) expect(d).toMatch(/^(M-?\d+,-?\d+(l[-\d,]+)?z?)*$/);
    for (const l of map.labels) {
      expect([l.x >= 0 && l.x <= MAP_WIDTH, l.y >= 0 && l.y <= MAP_HEIGHT]).toEqual([true, true]);
    }
    if (request.country) expect(map.labels.map((l) => l.iso)).toContain(request.country);
    if (borderWith) expect(map.borderWith).toEqual(borderWith);
    if (!request.country) expect(map.home).toBe("");
  });

  test("a card's map drops more detail than an entry page's", () => {
    const request = { lat: 38.4086, lon: 71.0384, country: "004", frame: "region" as const };
    const size = (m: ReturnType<typeof locatorMap>) => m.home.length + m.borders.length;
    expect(size(locatorMap(world, { ...request, simplify: 8 }))).toBeLessThan(size(locatorMap(world, { ...request, simplify: 3 })));
  });

  test("a page's card maps share bases: the same frames, each border drawn once per base, fewer bytes than apart", () => {
    const at = (lat: number, lon: number, country: string, frame: MapRequest["frame"] = "region"): MapRequest => ({ lat, lon, country, frame });
    // Maymay, Jurm, Warduj and Dushanbe near each other; Tajikistan at about their scale; Syria far away
    const requests = [at(38.4086, 71.0384, "004"), at(36.8647, 70.8342, "004"), at(36.55, 71.35, "004"), at(38.5598, 68.787, "762"), at(38.9, 71.3, "762", "country"), at(35, 38, "760", "country")];
    const size = { width: 160, height: 120 };
    const { bases, views } = sharedLocatorMaps(world, requests, size, 6);
    expect(new Set(views.slice(0, 5).map((v) => v.base)).size).toBe(1);
    expect(views[5]!.base).not.toBe(views[0]!.base);
    expect(bases).toHaveLength(2);
    const bytes = (paths: string[]) => paths.reduce((n, d) => n + d.length, 0);
    const apart = requests.map((r) => locatorMap(world, { ...r, simplify: 6, size }));
    const shared = bytes(bases.flatMap((b) => [b.land, b.borders, ...Object.values(b.homes)]));
    expect(shared).toBeLessThan(bytes(apart.flatMap((m) => [m.land, m.borders, m.home])) * 0.7);
    views.forEach((view, i) => {
      // the same place at the same spot, the same countries named, the same borders near
      expect(Math.abs(view.point.x - apart[i]!.point.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(view.point.y - apart[i]!.point.y)).toBeLessThanOrEqual(1);
      expect(new Set(view.labels.map((l) => l.iso))).toEqual(new Set(apart[i]!.labels.map((l) => l.iso)));
      expect(view.borderWith).toEqual(apart[i]!.borderWith);
      expect(view.home).toBe(requests[i]!.country);
      expect(bases[view.base]!.homes[view.home!]).toMatch(/^M/);
    });
  });

  test("path data: relative moves, repeated points and collapsed rings dropped", () => {
    expect(compact("M10,10L12,10L12,10L12,13ZM5,5L5,5Z")).toBe("M10,10l2,0,0,3z");
    expect(compact("M0,0L3,-2L1,1")).toBe("M0,0l3-2-2,3");
  });
});
