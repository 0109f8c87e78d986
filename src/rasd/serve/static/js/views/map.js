// Map: geocoded event places (clustered) on shipped boundaries; no tile server, works offline.
// Countries come from world-atlas TopoJSON; Syria's governorates are labelled centroid markers
// (no permissively licensed admin-1 polygons were available).

import { get, pickFilters, query } from "../api.js";
import { clear, fmtNum, h } from "../dom.js";
import { getLang, t } from "../i18n.js";

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
  root.append(h("section", { class: "panel" }, h("h2", {}, t("map")), status, el));
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
      return L.divIcon({ html: h("div", {}, h("span", {}, String(total))),
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
      h("b", {}, name), h("div", {}, `${t("events")}: ${fmtNum(p.events, lang)}`),
      h("a", { href: "#/search" + query({ ...f, place: p.key }) }, t("search"))));
    m.bindTooltip(h("span", {}, `${name} · ${fmtNum(p.events, lang)}`));
    cluster.addLayer(m);
  }
  cluster.addTo(map);
  el.dataset.markers = String(points.items.length);
  status.textContent = points.items.length ? `${t("places")}: ${fmtNum(points.items.length, lang)}` : t("no_geo");
  // Open on the region the corpus is about: the places inside the Middle East box if any,
  // else all of them; zooming out shows the rest.
  const region = points.items.filter((p) => p.lat > 10 && p.lat < 43 && p.lon > 24 && p.lon < 64);
  const focus = region.length ? region : points.items;
  if (focus.length) {
    map.fitBounds(L.latLngBounds(focus.map((p) => [p.lat, p.lon])).pad(0.2), { maxZoom: 7 });
  } else {
    map.setView([35.0, 38.5], 6);
  }
}
