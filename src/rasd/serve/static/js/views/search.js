// Search: the CLI's filters (text, category, actor, place, dates, outlet, status) over documents
// (full-text, whatever clitics a word carries, matches highlighted) and events.

import { get, pickFilters, query } from "../api.js";
import { clear, h } from "../dom.js";
import { catName, fmtDate, outletName, t, tn } from "../i18n.js";
import { outlets, pager } from "./reader.js";

const roleNames = (list) => (list || []).map((r) => r.name || r.text).filter(Boolean).join("، ");

/** The snippet as text nodes with <mark> around the matching words (offsets from the API). */
export function marked(snippet, highlights) {
  const out = [];
  let at = 0;
  for (const [s, e] of [...(highlights || [])].sort((a, b) => a[0] - b[0])) {
    if (s < at || e > snippet.length) continue;
    out.push(snippet.slice(at, s), h("mark", { class: "hit" }, snippet.slice(s, e)));
    at = e;
  }
  out.push(snippet.slice(at));
  return out;
}

export async function render(root, _arg, params, alive) {
  const f = pickFilters(params);
  const page = Number(params.page || 1);
  const evPage = Number(params.epage || 1);
  const [docs, events] = await Promise.all([
    get(f.q ? "/search" : "/documents", { ...f, page, per_page: 20, after: params.after }),
    get("/events", { ...f, page: evPage, per_page: 25 }),
  ]);
  if (!alive()) return;
  clear(root);
  const here = (extra) => "#/search" + query({ ...f, page, epage: evPage, ...extra });
  const empty = () => [h("p", { class: "muted" }, t("nothing")), h("p", { class: "muted" }, t("nothing_hint"))];
  root.append(h("div", { class: "two" },
    h("section", { class: "panel results-docs" }, h("h2", {}, t("documents")),
      h("p", { class: "muted total" }, tn("documents", docs.total, docs.capped)),
      docs.items.length === 0 ? empty() :
        h("ol", { class: "doc-list", start: (docs.page - 1) * docs.per_page + 1 }, docs.items.map((d) => h("li", {},
          h("a", { href: "#/doc/" + encodeURIComponent(d.id), dir: "auto" }, d.title || d.id),
          h("div", { class: "muted" }, h("span", { class: "outlet" }, outlets(d)), " · ", fmtDate(d.published)),
          d.snippet ? h("p", { class: "snippet", dir: "auto" }, marked(d.snippet, d.highlights)) : null))),
      pager(docs, (p, after) => here({ page: p, after }))),
    h("section", { class: "panel results-events" }, h("h2", {}, t("reports")),
      h("p", { class: "muted total" }, tn("reports", events.total, events.capped)),
      events.items.length === 0 ? empty() :
        h("div", { class: "table-wrap" }, h("table", { class: "events" },
          h("thead", {}, h("tr", {}, [t("date"), t("category"), t("actor"), t("trigger"), t("recipient"),
            t("place"), t("source")].map((x) => h("th", {}, x)))),
          h("tbody", {}, events.items.map((v) => h("tr", { "data-type": v.type },
            h("td", { class: "nowrap" }, fmtDate(v.date)), h("td", {}, catName(v.type)),
            h("td", {}, roleNames(v.actor) || "—"),
            h("td", {}, h("a", { href: "#/doc/" + encodeURIComponent(v.doc_id) }, v.trigger ? v.trigger.text : "")),
            h("td", {}, roleNames(v.recipient) || "—"), h("td", {}, roleNames(v.location) || "—"),
            h("td", { class: "outlet" }, outletName(v.source))))))),
      pager(events, (p) => here({ epage: p, after: params.after })))));
}
