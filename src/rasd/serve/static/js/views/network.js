// Actor network: who acts on whom. Edge width = events, colour = PLOVER quad; d3-force layout in SVG.

import { get, pickFilters, query } from "../api.js";
import { clear, h, s } from "../dom.js";
import { QUAD_COLOR, catName, quadName, quadOf, t } from "../i18n.js";

export async function render(root, _arg, params, alive) {
  const f = pickFilters(params);
  const net = await get("/network", { ...f, limit: Number(params.limit) || 60 });
  if (!alive()) return;
  clear(root);
  const panel = h("section", { class: "panel" }, h("h2", {}, t("network")));
  root.append(panel);
  const legend = h("div", { class: "legend" }, Object.keys(QUAD_COLOR).map((q) => {
    const sw = h("i", { class: "swatch" });
    sw.style.background = QUAD_COLOR[q];
    return h("span", { class: "key" }, sw, quadName(q));
  }));
  panel.append(h("p", { class: "muted" }, t("edges_shown", { n: net.edges.length })), legend);
  if (!net.edges.length) {
    panel.append(h("p", { class: "muted" }, t("nothing")));
    return;
  }
  const W = 960, H = 620;
  const nodes = net.nodes.map((n) => ({ ...n, weight: (n.in || 0) + (n.out || 0) }));
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const links = net.edges.map((e) => ({ ...e, source: index.get(e.source), target: index.get(e.target) }));
  const d3 = window.d3;
  const maxW = Math.max(1, ...links.map((l) => l.count || 1));
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).distance(90).strength(0.5))
    .force("charge", d3.forceManyBody().strength(-260).distanceMax(400))
    .force("x", d3.forceX(W / 2).strength(0.07))  // keeps separate components near the middle
    .force("y", d3.forceY(H / 2).strength(0.1))
    .force("collide", d3.forceCollide(34))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();
  // Fit the layout into the drawing (scale, never clamp: clamping piles nodes on the border).
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((W - 160) / Math.max(1, x1 - x0), (H - 60) / Math.max(1, y1 - y0), 1.6);
  for (const n of nodes) {
    n.x = W / 2 + (n.x - (x0 + x1) / 2) * k;
    n.y = H / 2 + (n.y - (y0 + y1) / 2) * k;
  }
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", dir: "ltr" });
  const defs = s("defs");
  for (const [q, color] of Object.entries(QUAD_COLOR)) {
    defs.append(s("marker", { id: "arrow-" + q, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6,
                              markerHeight: 6, orient: "auto-start-reverse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: color })));
  }
  svg.append(defs);
  for (const l of links) {
    const q = quadOf(l) || "verbal-cooperation";
    const cats = Object.entries(l.categories || {}).map(([c, n]) => `${catName(c)} ${n}`).join("، ");
    const line = s("line", { x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y,
      stroke: QUAD_COLOR[q], "stroke-width": 1 + 6 * ((l.count || 1) / maxW), class: "edge",
      "data-quad": q, "marker-end": `url(#arrow-${q})` },
      s("title", {}, `${l.source_name || l.source.name} → ${l.target_name || l.target.name}: ${l.count} (${quadName(q)}) ${cats}`));
    svg.append(line);
  }
  const maxN = Math.max(1, ...nodes.map((n) => n.weight));
  for (const n of nodes) {
    const a = s("a", { href: "#/search" + query({ ...f, actor: n.key }), class: "node" },
      s("circle", { cx: n.x, cy: n.y, r: 6 + 10 * Math.sqrt(n.weight / maxN) }),
      s("text", { x: n.x, y: n.y - 14, "text-anchor": "middle" },
        n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name),
      s("title", {}, `${n.name}: ${t("as_actor")} ${n.out}, ${t("as_recipient")} ${n.in}`));
    svg.append(a);
  }
  panel.append(svg);
}
