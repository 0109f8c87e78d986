// Actor network: who acts on whom, among the top actors. Arrow from actor to recipient, its
// width and label the number of events, its colour the PLOVER quad; d3-force layout in SVG.
// Clicking an actor filters the dashboard by it (its own network, then every other page).

import { get, pickFilters, query } from "../api.js";
import { clear, h, s } from "../dom.js";
import { QUAD_COLOR, arrow, catName, fmtNum, quadCodes, quadName, quadOf, t, tn } from "../i18n.js";

const TOP = 20; // actors drawn; the rest are in the edges the API returned but not drawn

/** The `top` actors and the edges among them. Names the knowledge base knows come first, by
 * events (in + out); names it does not know (keys starting with "~": often a phrase such as
 * «بعض الأحياء» read as an actor) only fill the places left, unless `all` ranks everyone alike. */
export function topGraph(net, top = TOP, all = false) {
  const known = (k) => !String(k).startsWith("~");
  const weight = new Map();
  for (const e of net.edges) {
    weight.set(e.source, (weight.get(e.source) || 0) + e.count);
    weight.set(e.target, (weight.get(e.target) || 0) + e.count);
  }
  const rank = ([k, w]) => [all || known(k) ? 0 : 1, -w, k];
  const order = [...weight.entries()].map((x) => [rank(x), x[0]]).sort((a, b) => {
    for (let i = 0; i < 3; i++) if (a[0][i] !== b[0][i]) return a[0][i] < b[0][i] ? -1 : 1;
    return 0;
  });
  const keep = new Set(order.slice(0, top).map(([, k]) => k));
  const names = new Map(net.nodes.map((n) => [n.key, n.name]));
  const kept = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const nodes = [...keep].map((k) => ({
    key: k, name: names.get(k) || k,
    out: kept.filter((e) => e.source === k).reduce((a, e) => a + e.count, 0),
    in: kept.filter((e) => e.target === k).reduce((a, e) => a + e.count, 0),
  })).map((n) => ({ ...n, weight: n.out + n.in })).filter((n) => n.weight > 0);
  return { nodes, edges: kept };
}

export async function render(root, _arg, params, alive) {
  const f = pickFilters(params);
  const all = params.all === "1";
  const net = await get("/network", { ...f, limit: 400 });
  if (!alive()) return;
  clear(root);
  const graph = topGraph(net, TOP, all);
  const panel = h("section", { class: "panel" }, h("h2", {}, t("network")));
  root.append(panel);
  const legend = h("div", { class: "legend" }, quadCodes().map((q) => {
    const sw = h("i", { class: "swatch" });
    sw.style.background = QUAD_COLOR[q];
    return h("span", { class: "key" }, sw, quadName(q));
  }));
  const toggle = h("label", { class: "muted all-names" },
    h("input", { type: "checkbox", checked: all || null }), " ", t("network_all"));
  toggle.querySelector("input").addEventListener("change", (ev) => {
    location.hash = "#/network" + query({ ...f, all: ev.target.checked ? "1" : null });
  });
  panel.append(h("p", { class: "muted" }, t("network_hint", { n: fmtNum(graph.nodes.length) }),
    " ", h("span", { class: "edges-count" }, `(${tn("links", graph.edges.length)})`)), legend, toggle);
  if (!graph.edges.length) {
    panel.append(h("p", { class: "muted" }, t("nothing")));
    return;
  }
  panel.append(h("div", { class: "network-layout" }, drawing(graph, f), ranking(graph, f)));
}

function drawing(graph, f) {
  const W = 960, H = 640;
  const nodes = graph.nodes.map((n) => ({ ...n }));
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const links = graph.edges.map((e) => ({ ...e, source: index.get(e.source), target: index.get(e.target) }));
  const d3 = window.d3;
  const maxW = Math.max(1, ...links.map((l) => l.count || 1));
  const maxN = Math.max(1, ...nodes.map((n) => n.weight));
  const radius = (n) => 7 + 13 * Math.sqrt(n.weight / maxN);
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).distance(150).strength(0.25))
    .force("charge", d3.forceManyBody().strength(-900).distanceMax(600))
    .force("x", d3.forceX(W / 2).strength(0.06))
    .force("y", d3.forceY(H / 2).strength(0.09))
    .force("collide", d3.forceCollide((n) => Math.max(radius(n) + 6, 6 * Math.min(24, n.name.length) / 2)))
    .stop();
  for (let i = 0; i < 500; i++) sim.tick();
  // Fit the layout into the drawing (scale, never clamp: clamping piles nodes on the border).
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((W - 220) / Math.max(1, x1 - x0), (H - 90) / Math.max(1, y1 - y0), 1.4);
  for (const n of nodes) {
    n.x = W / 2 + (n.x - (x0 + x1) / 2) * k;
    n.y = H / 2 + 10 + (n.y - (y0 + y1) / 2) * k;
  }
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", direction: "ltr" });
  const defs = s("defs");
  for (const [q, color] of Object.entries(QUAD_COLOR)) {
    defs.append(s("marker", { id: "arrow-" + q, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7,
                              markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto" },
      s("path", { d: "M0,1 L10,5 L0,9 z", fill: color })));
  }
  svg.append(defs);
  const edgeLayer = s("g", { class: "edges" });
  const labelLayer = s("g", { class: "edge-labels" });
  for (const l of links) {
    const q = quadOf(l) || "verbal-cooperation";
    const cats = Object.entries(l.categories || {}).sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${catName(c)} ${fmtNum(n)}`).join("، ");
    // stop the line at the target circle's edge, so the arrowhead shows
    const [sx, sy, tx, ty] = [l.source.x, l.source.y, l.target.x, l.target.y];
    const len = Math.max(1, Math.hypot(tx - sx, ty - sy));
    const cut = radius(l.target) + 2;
    const ex = tx - ((tx - sx) / len) * cut, ey = ty - ((ty - sy) / len) * cut;
    const title = `${l.source.name}${arrow()}${l.target.name}: ${tn("events", l.count)} (${quadName(q)}) — ${cats}`;
    edgeLayer.append(s("line", { x1: sx, y1: sy, x2: ex, y2: ey, stroke: QUAD_COLOR[q],
      "stroke-width": 1.2 + 6 * ((l.count || 1) / maxW), class: "edge", "data-quad": q,
      "data-count": l.count, "marker-end": `url(#arrow-${q})` }, s("title", {}, title)));
    if (l.count > 1 || links.length < 25) {
      labelLayer.append(s("text", { x: (sx + ex) / 2, y: (sy + ey) / 2 + 4, class: "edge-label",
        "text-anchor": "middle" }, fmtNum(l.count)));
    }
  }
  svg.append(edgeLayer, labelLayer);
  for (const n of nodes) {
    const label = n.name.length > 24 ? n.name.slice(0, 23) + "…" : n.name;
    const a = s("a", { href: "#/network" + query({ ...f, actor: n.key }), class: "node", "data-key": n.key },
      s("circle", { cx: n.x, cy: n.y, r: radius(n) }),
      s("text", { x: n.x, y: n.y - radius(n) - 5, "text-anchor": "middle" }, label),
      s("title", {}, `${n.name}: ${t("as_actor")}: ${fmtNum(n.out)}، ${t("as_recipient")}: ${fmtNum(n.in)}`));
    svg.append(a);
  }
  return h("div", { class: "network-wrap" }, svg);
}

/** The same actors as a ranked list: readable on a phone, where the drawing is small. */
function ranking(graph, f) {
  const nodes = [...graph.nodes].sort((a, b) => b.weight - a.weight);
  return h("ol", { class: "rank network-rank" }, nodes.map((n) => h("li", {},
    h("a", { href: "#/network" + query({ ...f, actor: n.key }), "data-key": n.key }, n.name),
    h("span", { class: "muted count" },
      `${tn("events", n.out + n.in)} (${t("as_actor")}: ${fmtNum(n.out)}، ${t("as_recipient")}: ${fmtNum(n.in)})`))));
}
