import fs from "node:fs";
import path from "node:path";
import type { World } from "./locator-map";

let world: World | undefined;

/** Natural Earth's countries at 1:50m (npm world-atlas), read once; read at build time only. */
export function loadWorld(): World {
  world ??= JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules/world-atlas/countries-50m.json"), "utf8")) as World;
  return world;
}
