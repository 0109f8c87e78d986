// Overview: corpus figures, the timeline of events per day by category, top actors and places.

import { get, pickFilters, query } from "../api.js";
import { clear, h, s } from "../dom.js";
import { catName, categoryColor, fmtDate, fmtNum, getLang, t, tn } from "../i18n.js";

// Each card is the total of the page it opens, under the same filters.
const CARDS = [
  ["documents", "documents", "#/doc"], ["events", "merged_events", "#/claims"],
  ["reports", "reports", "#/search"], ["claims", "claims_n", "#/claims"],
  ["conflicts", "conflicts", "#/claims"], ["outlets", "outlets", null],
];

export async function render(root, _arg, params, alive) {
  const f = pickFilters(params);
  // Top lists: 50 by mentions from the API, ranked here by the events shown (top 10).
  const [summary, timeline, actors, places] = await Promise.all([
    get("/summary", f), get("/timeline", f), get("/actors", { ...f, per_page: 50 }),
    get("/places", { ...f, per_page: 50 }),
  ]);
  if (!alive()) return;
  clear(root);
  root.append(h("section", { class: "cards" }, CARDS.map(([key, label, page]) => {
    const body = [h("b", {}, fmtNum(summary[key]) + (summary.capped ? "+" : "")), h("span", {}, t(label))];
    return page ? h("a", { class: "card", "data-stat": key, href: page + query(f) }, body)
      : h("div", { class: "card", "data-stat": key }, body);
  })));
  const tl = h("section", { class: "panel" }, h("h2", {}, t("timeline")));
  root.append(tl);
  // drawn at the panel's own width: axis labels keep their size on a phone
  const width = Math.max(300, Math.min(960, (tl.clientWidth || 990) - 30));
  const chart = timelineChart(timeline, params, width);
  tl.append(h("p", { class: "muted" }, t("ev_per_" + (chart.dataset.unit || "day"))));
  tl.append(chart);
  const involved = (a) => (a.events || 0) + (a.targeted || 0);
  const topActors = [...actors.items].sort((a, b) => involved(b) - involved(a) || b.mentions - a.mentions).slice(0, 10);
  const topPlaces = [...places.items].sort((a, b) => b.events - a.events || b.mentions - a.mentions).slice(0, 10);
  root.append(h("section", { class: "two" },
    rankList(t("top_actors"), "top-actors", topActors, (a) => ({ ...f, actor: a.key }),
      (a) => `${tn("events", involved(a))} (${t("as_actor")}: ${fmtNum(a.events)}، ${t("as_recipient")}: ${fmtNum(a.targeted)})`),
    rankList(t("top_places"), "top-places", topPlaces, (p) => ({ ...f, place: p.key }), (p) => tn("events", p.events))));
}

function rankList(title, cls, items, filterOf, countOf) {
  const lang = getLang();
  return h("div", { class: "panel " + cls }, h("h2", {}, title),
    items.length === 0 ? h("p", { class: "muted" }, t("nothing")) :
      h("ol", { class: "rank" }, items.map((it) => h("li", {},
        h("a", { href: "#/search" + query(filterOf(it)) }, lang === "en" && it.name_en ? it.name_en : it.name),
        h("span", { class: "muted count" }, countOf(it))))));
}

function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// Days while the range fits on screen; weeks (starting Monday) or months beyond that.
const UNITS = {
  day: { key: (d) => d, next: (d) => addDays(d, 1) },
  week: { key: (d) => addDays(d, -((new Date(d + "T00:00:00Z").getUTCDay() + 6) % 7)), next: (d) => addDays(d, 7) },
  month: { key: (d) => d.slice(0, 7) + "-01",
           next: (d) => { const x = new Date(d + "T00:00:00Z"); x.setUTCMonth(x.getUTCMonth() + 1); return x.toISOString().slice(0, 10); } },
};

function spanDays(a, b) {
  return Math.round((new Date(b + "T00:00:00Z") - new Date(a + "T00:00:00Z")) / 86400000);
}

/** Stacked bars per day (or week/month on long ranges), one colour per category; a bar's
 * <title> lists its counts; clicking a bar searches its events. */
export function timelineChart(rows, params, width = 960) {
  const wrap = h("div", { class: "timeline" });
  let dated = rows.filter((r) => r.date);
  if (!dated.length) {
    wrap.append(h("p", { class: "muted" }, t("nothing")));
    return wrap;
  }
  // Stray dates (an anniversary, a year-old attack recalled) would stretch the axis over
  // decades: without an explicit date filter, draw the central 96% of events and say so.
  const explicit = params.from || params.to;
  let lo = null, hi = null;
  if (!explicit) {
    const byDate = [...dated].sort((a, b) => (a.date < b.date ? -1 : 1));
    const total = byDate.reduce((a, r) => a + r.count, 0);
    let acc = 0;
    for (const r of byDate) {
      acc += r.count;
      if (lo === null && acc > total * 0.02) lo = r.date;
      if (hi === null && acc >= total * 0.98) hi = r.date;
    }
    if (lo && hi && spanDays(lo, hi) >= 0) {
      const outside = dated.filter((r) => r.date < lo || r.date > hi).reduce((a, r) => a + r.count, 0);
      if (outside) {
        dated = dated.filter((r) => r.date >= lo && r.date <= hi);
        wrap.dataset.outside = String(outside);
        wrap.append(h("p", { class: "muted outside" },
          t("outside", { events: tn("events", outside), from: fmtDate(lo), to: fmtDate(hi) })));
      }
    }
  }
  const all = dated.map((r) => r.date).sort();
  const range = spanDays(all[0], all[all.length - 1]);
  const unit = range <= 180 ? "day" : range <= 1500 ? "week" : "month";
  const { key, next } = UNITS[unit];
  const byDay = new Map();
  const cats = new Set();
  for (const r of dated) {
    cats.add(r.category);
    const k = key(r.date);
    const day = byDay.get(k) || {};
    day[r.category] = (day[r.category] || 0) + r.count;
    byDay.set(k, day);
  }
  const dates = [...byDay.keys()].sort();
  const days = [];
  for (let d = dates[0], i = 0; d <= dates[dates.length - 1] && i < 2000; d = next(d), i++) days.push(d);
  wrap.dataset.unit = unit;
  const max = Math.max(1, ...[...byDay.values()].map((o) => Object.values(o).reduce((a, b) => a + b, 0)));
  const W = width, H = width < 600 ? 200 : 240, pad = { l: 36, r: 8, t: 8, b: 28 };
  const bw = Math.min(40, (W - pad.l - pad.r) / days.length);
  pad.l += ((W - pad.l - pad.r) - bw * days.length) / 2;  // few bars: centred, not stretched
  const y = (v) => (H - pad.b) - (v / max) * (H - pad.t - pad.b);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": t("timeline"), direction: "ltr" });
  for (const frac of [0, 0.5, 1]) {
    const v = Math.round(max * frac);
    svg.append(s("line", { x1: 36, x2: W - pad.r, y1: y(v), y2: y(v), class: "grid" }),
      s("text", { x: 32, y: y(v) + 4, class: "axis", "text-anchor": "end" }, fmtNum(v)));
  }
  const totals = {};
  for (const r of dated) totals[r.category] = (totals[r.category] || 0) + r.count;
  // stacked largest first (at the bottom); the legend in the same order
  const order = [...cats].sort((a, b) => totals[b] - totals[a] || (a < b ? -1 : 1));
  days.forEach((d, i) => {
    const day = byDay.get(d);
    if (!day) return;
    let acc = 0;
    const g = s("g", { class: "day", "data-date": d });
    const lines = [unit === "month" ? d.slice(0, 7) : fmtDate(d)];
    for (const c of order) {
      const n = day[c];
      if (!n) continue;
      const top = y(acc + n);
      g.append(s("rect", { x: pad.l + i * bw + bw * 0.1, width: Math.max(1, bw * 0.8), y: top,
                           height: y(acc) - top, fill: categoryColor(c),
                           class: "bar", "data-category": c, "data-count": n }));
      lines.push(`${catName(c)}: ${fmtNum(n)}`);
      acc += n;
    }
    g.append(s("title", {}, lines.join("\n")));
    const last = addDays(next(d), -1);
    g.addEventListener("click", () => {
      location.hash = "#/search" + query({ ...pickFilters(params), from: d, to: last });
    });
    svg.append(g);
  });
  const ticks = Math.min(8, days.length, Math.max(2, Math.floor(W / 110)));
  for (let k = 0; k < ticks; k++) {
    const i = Math.round((k * (days.length - 1)) / Math.max(1, ticks - 1));
    // the end labels are anchored inwards so that they are never cut at the edges
    const anchor = ticks > 1 && k === 0 ? "start" : ticks > 1 && k === ticks - 1 ? "end" : "middle";
    const x = anchor === "start" ? pad.l + i * bw : anchor === "end" ? pad.l + (i + 1) * bw : pad.l + i * bw + bw / 2;
    svg.append(s("text", { x, y: H - 8, class: "axis", "text-anchor": anchor },
      unit === "month" ? days[i].slice(0, 7) : fmtDate(days[i], true)));
  }
  wrap.append(svg);
  const legend = h("div", { class: "legend", dir: "auto" }, order.map((c) =>
    h("a", { href: "#/" + query({ ...pickFilters(params), category: c }), class: "key", "data-category": c },
      h("i", { class: "swatch", "data-color": c }), catName(c))));
  for (const sw of legend.querySelectorAll(".swatch")) sw.style.background = categoryColor(sw.dataset.color);
  wrap.append(legend);
  return wrap;
}
