// Map: geocoded event places (clustered) on shipped boundaries; no tile server, works offline.
// Countries come from world-atlas TopoJSON; Syria's governorates are labelled centroid markers
// (no permissively licensed admin-1 polygons were available).

import { get, pickFilters, query } from "../api.js";
import { clear, h } from "../dom.js";
import { fmtNum, getLang, t, tn } from "../i18n.js";

let geo = null;

async function boundaries() {
  if (!geo) {
    const [world, gov] = await Promise.all([
      fetch("/static/geo/countries-50m.json").then((r) => r.json()),
      fetch("/static/geo/syria-governorates.json").then((r) => r.json()),
    ]);
    const countries = window.topojson.feature(world, world.objects.countries);
    // Antarctica's ring runs along the antimeridian and draws as stripes in Web Mercator.
    countries.features = countries.features.filter((c) => c.id !== "010");
    geo = { countries, governorates: gov.governorates };
  }
  return geo;
}

export async function render(root, _arg, params, alive) {
  const f = pickFilters(params);
  const [bounds, points] = await Promise.all([boundaries(), get("/map", f)]);
  if (!alive()) return;
  clear(root);
  const lang = getLang();
  const status = h("p", { class: "muted map-status" });
  const el = h("div", { id: "map", class: "map", dir: "ltr" });
  const legend = h("div", { class: "map-legend" },
    h("span", { class: "key" }, h("i", { class: "dot dot-s" }), h("i", { class: "dot dot-l" }), t("map_legend")),
    h("span", { class: "key" }, h("i", { class: "gov-dot" }), t("gov_legend")));
  root.append(h("section", { class: "panel" }, h("h2", {}, t("map")), status, legend, el));
  const L = window.L;
  const map = L.map(el, { zoomSnap: 0.25, minZoom: 2, maxZoom: 12, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · OpenSyria (CC BY 4.0)");
  // Panes: land under the governorate labels, labels under the event markers and clusters.
  map.createPane("land").style.zIndex = "250";
  map.createPane("govLabels").style.zIndex = "380";
  L.geoJSON(bounds.countries, {
    pane: "land",
    style: { color: "#8a8f98", weight: 0.8, fillColor: "#f3efe6", fillOpacity: 1 },
  }).addTo(map);
  const govLayer = L.layerGroup();
  for (const g of bounds.governorates) {
    const label = h("span", { class: "gov-label" }, lang === "en" ? g.name_en : g.name_ar);
    L.circleMarker([g.lat, g.lon], { radius: 3, color: "#666", weight: 1, fillOpacity: 0.6, interactive: false,
                                        pane: "govLabels" })
      .bindTooltip(label, { permanent: true, direction: "top", className: "gov-tip", offset: [0, -3],
                            pane: "govLabels" })
      .addTo(govLayer);
  }
  govLayer.addTo(map);
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    iconCreateFunction: (c) => {
      const total = c.getAllChildMarkers().reduce((a, m) => a + (m.options.events || 1), 0);
      const size = total < 10 ? "small" : total < 100 ? "medium" : "large";
      return L.divIcon({ html: h("div", {}, h("span", {}, fmtNum(total))),
                         className: "marker-cluster marker-cluster-" + size, iconSize: L.point(40, 40) });
    },
  });
  const max = Math.max(1, ...points.items.map((p) => p.events || 1));
  for (const p of points.items) {
    const name = lang === "en" && p.name_en ? p.name_en : p.name;
    const m = L.circleMarker([p.lat, p.lon], {
      radius: 6 + 12 * Math.sqrt((p.events || 1) / max), color: "#7a1f1f", weight: 1.5,
      fillColor: "#c0392b", fillOpacity: 0.7, events: p.events || 1, className: "event-marker",
    });
    m.bindPopup(h("div", { class: "popup", dir: "auto" },
      h("b", {}, name), h("div", {}, tn("events", p.events)),
      h("a", { href: "#/search" + query({ ...f, place: p.key }) }, t("place_events"))));
    m.bindTooltip(h("span", {}, `${name} · ${tn("events", p.events)}`));
    cluster.addLayer(m);
  }
  cluster.addTo(map);
  el.dataset.markers = String(points.items.length);
  status.textContent = points.items.length ? tn("places", points.items.length) : t("no_geo");
  const focus = core(points.items);
  if (focus.length) {
    map.fitBounds(L.latLngBounds(focus.map((p) => [p.lat, p.lon])).pad(0.15), { maxZoom: 9 });
  } else {
    map.setView([33.5, 40.0], 5);
  }
  el.dataset.zoom = String(map.getZoom());
}

/** The places that hold most of the events (80%), nearest the events' median point first:
 * the map opens on them, not on one stray mention on another continent. Whole countries
 * (a centroid deep in Siberia for روسيا) do not count. */
export function core(points) {
  const local = points.filter((p) => !String(p.key).startsWith("country-"));
  const pts = local.length ? local : points;
  if (pts.length <= 2) return pts;
  const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
  const weighted = (key) => median(pts.flatMap((p) => Array(Math.min(50, p.events || 1)).fill(p[key])));
  const [mlat, mlon] = [weighted("lat"), weighted("lon")];
  const total = pts.reduce((a, p) => a + (p.events || 1), 0);
  const near = [...pts].sort((a, b) =>
    Math.hypot(a.lat - mlat, a.lon - mlon) - Math.hypot(b.lat - mlat, b.lon - mlon));
  const out = [];
  let acc = 0;
  for (const p of near) {
    out.push(p);
    acc += p.events || 1;
    if (acc >= total * 0.8) break;
  }
  return out;
}
