// Actor network: who acts on whom. Edge width = events, colour = PLOVER quad; d3-force layout in SVG.

import { get, pickFilters, query } from "../api.js";
import { clear, h, s } from "../dom.js";
import { QUAD_COLOR, catName, quadName, quadOf, t } from "../i18n.js";

export async function render(root, _arg, params, alive) {
  const f = pickFilters(params);
  const net = await get("/network", { ...f, limit: 150 });
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
    .force("link", d3.forceLink(links).distance(110).strength(0.4))
    .force("charge", d3.forceManyBody().strength(-380))
    .force("center", d3.forceCenter(W / 2, H / 2))
    .force("collide", d3.forceCollide(28))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  for (const n of nodes) { n.x = clamp(n.x, 40, W - 40); n.y = clamp(n.y, 24, H - 24); }
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
      s("text", { x: n.x, y: n.y - 14, "text-anchor": "middle" }, n.name),
      s("title", {}, `${n.name}: ${t("as_actor")} ${n.out}, ${t("as_recipient")} ${n.in}`));
    svg.append(a);
  }
  panel.append(svg);
}
