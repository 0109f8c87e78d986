#!/usr/bin/env bash
# Vendor the dashboard's front-end libraries, fonts and boundaries from npm into
# src/rasd/serve/static/{vendor,fonts,geo}/ (committed: end users need no npm).
# Reproducible: exact versions, tarballs checked against npm's integrity hash by `npm pack`.
# Usage: scripts/build_assets.sh   (needs node/npm and the npm registry)
set -euo pipefail
cd "$(dirname "$0")/.."
STATIC=src/rasd/serve/static
PACKAGES=(
  leaflet@1.9.4                       # BSD-2-Clause: the map
  leaflet.markercluster@1.5.3         # MIT: marker clustering
  topojson-client@3.1.0               # ISC: TopoJSON -> GeoJSON
  world-atlas@2.0.2                   # ISC (data: Natural Earth, public domain): countries
  d3-dispatch@3.0.2                   # ISC: d3-force's dependencies ...
  d3-quadtree@3.0.2
  d3-timer@3.0.2
  d3-force@3.0.1                      # ISC: the actor network layout
  @fontsource/noto-sans-arabic@5.3.0  # OFL-1.1: interface font
  @fontsource/noto-naskh-arabic@5.3.0 # OFL-1.1: article text font
  swagger-ui-dist@5.35.0              # Apache-2.0: the API docs page (/api/docs), offline
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && for p in "${PACKAGES[@]}"; do npm pack --silent "$p" >/dev/null; done)
unpack() {  # unpack NAME-VERSION.tgz into $work/NAME
  mkdir -p "$work/$1" && tar -xzf "$work"/$2 -C "$work/$1" --strip-components=1
}
unpack leaflet 'leaflet-1.9.4.tgz'
unpack markercluster 'leaflet.markercluster-1.5.3.tgz'
unpack topojson 'topojson-client-3.1.0.tgz'
unpack world-atlas 'world-atlas-2.0.2.tgz'
for d in dispatch quadtree timer force; do unpack "d3-$d" "d3-$d-*.tgz"; done
unpack sans 'fontsource-noto-sans-arabic-5.3.0.tgz'
unpack naskh 'fontsource-noto-naskh-arabic-5.3.0.tgz'
unpack swagger 'swagger-ui-dist-5.35.0.tgz'

rm -rf "$STATIC/vendor" "$STATIC/fonts" "$STATIC/geo/"*.json "$STATIC/geo/LICENSE-world-atlas"
V="$STATIC/vendor"
mkdir -p "$V/leaflet/images" "$V/markercluster" "$V/topojson" "$V/d3" "$V/swagger-ui" \
  "$STATIC/fonts" "$STATIC/geo"
cp "$work/leaflet/dist/leaflet.js" "$work/leaflet/dist/leaflet.css" "$work/leaflet/LICENSE" "$V/leaflet/"
cp "$work/leaflet/dist/images/"*.png "$V/leaflet/images/"
cp "$work/markercluster/dist/leaflet.markercluster.js" "$work/markercluster/dist/MarkerCluster.css" \
   "$work/markercluster/dist/MarkerCluster.Default.css" "$V/markercluster/"
cp "$work/markercluster/MIT-LICENCE.txt" "$V/markercluster/LICENSE"
cp "$work/topojson/dist/topojson-client.min.js" "$V/topojson/"
cp "$work/topojson/LICENSE" "$V/topojson/LICENSE"
for d in dispatch quadtree timer force; do
  cp "$work/d3-$d/dist/d3-$d.min.js" "$V/d3/"
  cp "$work/d3-$d/LICENSE" "$V/d3/LICENSE-d3-$d"
done
cp "$work/swagger/swagger-ui-bundle.js" "$work/swagger/swagger-ui.css" "$work/swagger/LICENSE" \
   "$V/swagger-ui/"
cp "$work/world-atlas/countries-50m.json" "$STATIC/geo/"
cp "$work/world-atlas/LICENSE" "$STATIC/geo/LICENSE-world-atlas"
for w in 400 700; do
  cp "$work/sans/files/noto-sans-arabic-arabic-$w-normal.woff2" "$STATIC/fonts/"
  cp "$work/naskh/files/noto-naskh-arabic-arabic-$w-normal.woff2" "$STATIC/fonts/"
done
cp "$work/sans/LICENSE" "$STATIC/fonts/LICENSE-OFL.txt"
{
  echo "Vendored by scripts/build_assets.sh from npm; do not edit by hand."
  for p in "${PACKAGES[@]}"; do echo "$p"; done
} > "$V/VERSIONS.txt"
# Syria's governorates (admin-1): no permissively licensed polygons on npm/PyPI, so the
# map draws them as labelled centroid markers from OpenSyria (CC BY 4.0, attribution kept).
python3 - "$STATIC/geo/syria-governorates.json" <<'PY'
import json, sys
src = "../shared/data/gazetteers/opensyria/governorates.json"
rows = [{"id": g["id"], "name_ar": g["name"]["ar"], "name_en": g["name"]["en"],
         "pcode": g["externalIds"].get("ochaPcode"),
         "lat": g["centroid"]["latitude"], "lon": g["centroid"]["longitude"]}
        for g in json.load(open(src, encoding="utf-8"))]
out = {"source": "OpenSyria data-geography (github.com/Open-Syria/data-geography, commit bebd183)",
       "licence": "CC BY 4.0", "governorates": sorted(rows, key=lambda r: r["id"])}
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
PY
echo "assets written to $STATIC"
