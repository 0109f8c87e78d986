// Article reader: the text with every layer highlighted from its character offsets, explained
// on hover. Built from text nodes only: the article is untrusted and never parsed as HTML.

import { get, pickFilters, query } from "../api.js";
import { clear, h } from "../dom.js";
import { catName, fmtDate, fmtNum, getLang, kindName, modeName, outletName, statusName, t, tn }
  from "../i18n.js";

const LAYERS = ["entities", "events", "claims", "quantities", "times"];

export async function render(root, arg, params, alive) {
  if (!arg) return renderList(root, params, alive);
  const doc = await get("/documents/" + encodeURIComponent(arg));
  if (!alive()) return;
  clear(root);
  renderDocument(root, doc);
}

async function renderList(root, params, alive) {
  const f = pickFilters(params);
  const page = Number(params.page || 1);
  const res = await get("/documents", { ...f, page, per_page: 30, after: params.after });
  if (!alive()) return;
  clear(root);
  root.append(h("section", { class: "panel" }, h("h2", {}, t("documents")),
    h("p", { class: "muted total" }, tn("documents", res.total)),
    h("ul", { class: "doc-list" }, res.items.map((d) => h("li", {},
      h("a", { href: "#/doc/" + encodeURIComponent(d.id), dir: "auto" }, d.title || d.id),
      h("div", { class: "muted" }, h("span", { class: "outlet" }, outlets(d)), " · ",
        [fmtDate(d.published), tn("reports", d.events), tn("claims", d.claims)].join(" · "))))),
    pager(res, (p, after) => "#/doc" + query({ ...f, page: p, after }))));
}

/** The input record's own id: in the contract (meta.record_id), or kept with its copies. */
function recordId(doc) {
  return (doc.meta && doc.meta.record_id) || ((doc.copies || []).find((c) => c.record_id) || {}).record_id;
}

/** A document summary's outlets by their display names. */
export function outlets(d) {
  return (d.outlets && d.outlets.length ? d.outlets : [d.source]).map(outletName).join("، ");
}

/** Prev / page n of N / next. A list that says where its next page starts (`next`, the
 * documents list) is paged forward from there (`after`): a deep page costs the server what
 * the first does. */
export function pager(res, href) {
  const pages = Math.max(1, Math.ceil(res.total / res.per_page));
  return h("nav", { class: "pager" },
    res.page > 1 ? h("a", { href: href(res.page - 1), rel: "prev" }, t("prev")) : null,
    h("span", {}, t("page_of", { p: fmtNum(res.page), n: fmtNum(pages) })),
    res.page < pages ? h("a", { href: href(res.page + 1, res.next), rel: "next" }, t("next")) : null);
}

/** Every highlight as {start, end, layer, cls, info: [lines]}. */
export function annotations(doc) {
  const out = [];
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const en = getLang() === "en";
  for (const e of doc.entities) {
    const info = [`${t("t_" + e.type)} (${e.type})`];
    if (e.link) info.push(`${en && e.link.name_en ? e.link.name_en : e.link.name_ar} · ${kindName(e.link.kind)}`);
    out.push({ start: e.start, end: e.end, layer: "entities", cls: "ent ent-" + e.type, info });
  }
  const roleText = (list) => (list || []).map((r) => {
    const ent = r.entity && ents.get(r.entity);
    return ent && ent.link ? (en && ent.link.name_en ? ent.link.name_en : ent.link.name_ar) : r.text;
  }).join("، ");
  for (const v of doc.events) {
    const info = [`${t("events")}: ${catName(v.type)} (${v.type})`, `${t("status")}: ${statusName(v.status)}`];
    if (v.mode && v.mode.length) info.push(`${t("mode")}: ${v.mode.map(modeName).join("، ")}`);
    if (v.actor.length) info.push(`${t("actor")}: ${roleText(v.actor)}`);
    if (v.recipient.length) info.push(`${t("recipient")}: ${roleText(v.recipient)}`);
    if (v.location.length) info.push(`${t("place")}: ${roleText(v.location)}`);
    if (v.time) info.push(`${t("date")}: ${v.time.text}${v.time.date ? " = " + fmtDate(v.time.date) : ""}`);
    for (const k of ["dead", "injured", "size"]) if (v[k] !== null && v[k] !== undefined) info.push(`${t(k)}: ${fmtNum(v[k])}`);
    out.push({ start: v.trigger.start, end: v.trigger.end, layer: "events", cls: "ev", info, id: v.id });
  }
  for (const c of doc.claims) {
    const head = `${t("speaker")}: ${c.speaker.text} (${t("k_" + c.speaker.kind)}) — ${c.cue.text}`;
    const info = [head, c.direct ? t("direct") : null, c.via ? `${t("via")}: ${c.via.text}` : null].filter(Boolean);
    out.push({ start: c.content.start, end: c.content.end, layer: "claims", cls: "claim-content", info, id: c.id });
    out.push({ start: c.speaker.start, end: c.speaker.end, layer: "claims", cls: "claim-speaker", info: [head] });
    out.push({ start: c.cue.start, end: c.cue.end, layer: "claims", cls: "claim-cue", info: [head] });
  }
  for (const q of doc.quantities) {
    out.push({ start: q.start, end: q.end, layer: "quantities", cls: "qty",
      info: [`${t("value")}: ${fmtNum(q.value)}${q.unit ? " " + q.unit : ""}${q.ordinal ? ` (${t("ordinal")})` : ""}`] });
  }
  for (const tm of doc.times) {
    out.push({ start: tm.start, end: tm.end, layer: "times", cls: "time",
      info: [`${t("date")}: ${tm.date ? fmtDate(tm.date) : "?"}${tm.part ? " · " + tm.part : ""}`] });
  }
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start
    && a.start >= 0 && a.end <= doc.text.length);
}

/** The text cut at every span boundary; each piece is a text node or a <mark> with its layers. */
export function highlighted(text, anns) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const cover = [];
    anns.forEach((x, k) => { if (x.start <= a && x.end >= b) cover.push(k); });
    if (!cover.length) { frag.append(document.createTextNode(piece)); continue; }
    const layers = new Set(cover.map((k) => anns[k].layer));
    const mark = h("mark", { class: [...new Set(cover.map((k) => anns[k].cls))].join(" "),
      "data-ann": cover.join(","), "data-layers": [...layers].join(" "), "data-start": a }, piece);
    frag.append(mark);
  }
  return frag;
}

export function renderDocument(root, doc) {
  const m = doc.meta || {};
  const anns = annotations(doc);
  const body = h("div", { class: "article-text", dir: "rtl", lang: m.language || "ar" });
  body.append(highlighted(doc.text, anns));
  const tip = document.getElementById("tip");
  body.addEventListener("mouseover", (ev) => {
    const mark = ev.target.closest("mark");
    if (!mark) return;
    clear(tip);
    for (const k of mark.dataset.ann.split(",")) {
      const a = anns[Number(k)];
      if (!a || body.classList.contains("hide-" + a.layer)) continue;
      tip.append(h("div", { class: "tip-item tip-" + a.layer }, a.info.map((line) => h("div", {}, line))));
    }
    if (!tip.firstChild) return;
    const r = mark.getBoundingClientRect();
    tip.hidden = false;
    tip.style.top = `${window.scrollY + r.bottom + 6}px`;
    tip.style.left = `${Math.max(8, Math.min(window.innerWidth - 360, window.scrollX + r.left))}px`;
  });
  body.addEventListener("mouseout", (ev) => { if (ev.target.closest("mark")) tip.hidden = true; });

  const toggles = h("div", { class: "layer-toggles" }, h("b", {}, t("layers") + ": "), LAYERS.map((layer) => {
    const n = layer === "claims" ? doc.claims.length : doc[layer].length;
    const box = h("input", { type: "checkbox", checked: true, "data-layer": layer });
    box.addEventListener("change", () => body.classList.toggle("hide-" + layer, !box.checked));
    return h("label", { class: "layer-key key-" + layer }, box, h("i", { class: "swatch" }),
      `${t("layer_" + layer)} (${fmtNum(n)})`);
  }));

  const link = m.url ? h("a", { href: m.url, rel: "noopener noreferrer nofollow", target: "_blank", dir: "ltr" }, m.url) : null;
  const merged = doc.merged || {};
  const side = h("aside", { class: "panel doc-side" },
    h("h3", {}, t("events")),
    doc.events.length ? h("ul", { class: "ev-list" }, doc.events.map((v) => h("li", {},
      h("b", {}, catName(v.type)), " ", h("span", { class: "badge st-" + v.status }, statusName(v.status)), " ",
      h("a", { href: "#", "data-goto": v.trigger.start, class: "goto" }, v.trigger.text),
      merged[v.id] ? [" · ", h("a", { href: "#/claims/" + encodeURIComponent(merged[v.id]) }, t("claims"))] : null)))
      : h("p", { class: "muted" }, t("nothing")),
    h("h3", {}, t("claims_n")),
    doc.claims.length ? h("ul", { class: "claim-list" }, doc.claims.map((c) => h("li", {},
      h("b", {}, c.speaker.text), " — ", h("a", { href: "#", "data-goto": c.content.start, class: "goto" },
        c.content.text.length > 90 ? c.content.text.slice(0, 90) + "…" : c.content.text))))
      : h("p", { class: "muted" }, t("nothing")),
    doc.copies && doc.copies.length ? [h("h3", {}, t("copies")), h("ul", {}, doc.copies.map((c) =>
      h("li", {}, [c.source ? outletName(c.source) : null, c.published ? fmtDate(c.published) : null,
        c.record_id].filter(Boolean).join(" · ") || c.origin || "—")))] : null);
  side.addEventListener("click", (ev) => {
    const a = ev.target.closest("a.goto");
    if (!a) return;
    ev.preventDefault();
    const mark = body.querySelector(`mark[data-start="${Number(a.dataset.goto)}"]`);
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.classList.add("flash");
      setTimeout(() => mark.classList.remove("flash"), 1500);
    }
  });

  root.append(h("div", { class: "reader-layout" },
    h("section", { class: "panel reader" },
      h("h2", { dir: "auto", class: "doc-title" }, m.title || doc.id),
      h("p", { class: "muted doc-meta" }, [m.source ? outletName(m.source) : null, m.published ? fmtDate(m.published) : null,
        recordId(doc) ? `${t("record")}: ${recordId(doc)}` : null, doc.id].filter(Boolean).join(" · "), link ? " · " : "", link),
      toggles, h("p", { class: "muted hint" }, t("hover_hint")), body),
    side));
}
