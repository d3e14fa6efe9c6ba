// Build-time only: copies the minified front-end libraries and a Natural Earth country outline into the
// Python package, so the page works offline and pip users need no Node. Run: npm ci && npm run build
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
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

let total = 0;
for (const name of readdirSync(out)) {
  const path = join(out, name);
  if (statSync(path).isFile()) total += statSync(path).size;
}
console.log(`vendor bundle written to ${out}: ${(total / 1024).toFixed(0)} KiB`);
