// Build-time only: copies the minified front-end libraries and a Natural Earth country outline into the
// Python package, so the page works offline and pip users need no Node. Run: npm ci && npm run build
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "dateline", "web", "static", "vendor");
mkdirSync(join(out, "images"), { recursive: true });

const copies = [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"],
  ["leaflet/LICENSE", "LICENSE.leaflet.txt"],
  ["leaflet.markercluster/MIT-LICENCE.txt", "LICENSE.markercluster.txt"],
];
for (const [from, to] of copies) copyFileSync(join(modules, from), join(out, to));
for (const name of readdirSync(join(modules, "leaflet/dist/images"))) {
  copyFileSync(join(modules, "leaflet/dist/images", name), join(out, "images", name));
}

// Natural Earth 1:110m countries (public domain) as GeoJSON; two decimals (~1 km) is plenty at that scale.
const topology = JSON.parse(readFileSync(join(modules, "world-atlas/countries-110m.json"), "utf8"));
const countries = feature(topology, topology.objects.countries);
const round = (value) =>
  Array.isArray(value) ? value.map(round) : Math.round(value * 100) / 100;
for (const f of countries.features) {
  f.geometry.coordinates = round(f.geometry.coordinates);
  f.properties = { name: f.properties.name };
  delete f.id;
}
writeFileSync(join(out, "countries-110m.geojson"), JSON.stringify(countries));

// MANIFEST.json: the npm versions and the hash of every file, so a test can tell the bundle is this build.
const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== "MANIFEST.json") files[relative(out, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
};
walk(out);
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8")).packages;
const packages = Object.fromEntries(
  Object.keys(lock[""].devDependencies).map((name) => [name, lock[`node_modules/${name}`].version]),
);
writeFileSync(join(out, "MANIFEST.json"), JSON.stringify({ packages, files }, null, 2) + "\n");

const total = Object.keys(files).reduce((sum, name) => sum + statSync(join(out, name)).size, 0);
console.log(`vendor bundle written to ${out}: ${(total / 1024).toFixed(0)} KiB`);
