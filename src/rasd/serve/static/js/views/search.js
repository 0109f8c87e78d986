// Search: the CLI's filters (text, category, actor, place, dates, outlet, status) over documents
// (full-text, with snippets) and events.

import { get, pickFilters, query } from "../api.js";
import { clear, fmtNum, h } from "../dom.js";
import { catName, getLang, t } from "../i18n.js";
import { pager } from "./reader.js";

const roleNames = (list) => (list || []).map((r) => r.name || r.text).filter(Boolean).join("، ");

export async function render(root, _arg, params, alive) {
  const f = pickFilters(params);
  const page = Number(params.page || 1);
  const evPage = Number(params.epage || 1);
  const [docs, events] = await Promise.all([
    f.q ? get("/search", { ...f, page, per_page: 20 }) : get("/documents", { ...f, page, per_page: 20 }),
    get("/events", { ...f, page: evPage, per_page: 25 }),
  ]);
  if (!alive()) return;
  clear(root);
  const lang = getLang();
  const here = (extra) => "#/search" + query({ ...f, page, epage: evPage, ...extra });
  root.append(h("div", { class: "two" },
    h("section", { class: "panel results-docs" }, h("h2", {}, t("documents")),
      h("p", { class: "muted" }, t("results", { n: fmtNum(docs.total, lang) })),
      docs.items.length === 0 ? h("p", { class: "muted" }, t("nothing")) :
        h("ol", { class: "doc-list" }, docs.items.map((d) => h("li", {},
          h("a", { href: "#/doc/" + encodeURIComponent(d.id), dir: "auto" }, d.title || d.id),
          h("div", { class: "muted" }, [d.source, d.published].filter(Boolean).join(" · ")),
          d.snippet ? h("p", { class: "snippet", dir: "auto" }, d.snippet) : null))),
      pager(docs, (p) => here({ page: p }))),
    h("section", { class: "panel results-events" }, h("h2", {}, t("events")),
      h("p", { class: "muted" }, t("results", { n: fmtNum(events.total, lang) })),
      events.items.length === 0 ? h("p", { class: "muted" }, t("nothing")) :
        h("table", { class: "events" },
          h("thead", {}, h("tr", {}, [t("date"), t("category"), t("actor"), t("trigger"), t("recipient"),
            t("place"), t("source")].map((x) => h("th", {}, x)))),
          h("tbody", {}, events.items.map((v) => h("tr", { "data-type": v.type },
            h("td", {}, v.date || "—"), h("td", {}, catName(v.type)), h("td", {}, roleNames(v.actor) || "—"),
            h("td", {}, h("a", { href: "#/doc/" + encodeURIComponent(v.doc_id) }, v.trigger ? v.trigger.text : "")),
            h("td", {}, roleNames(v.recipient) || "—"), h("td", {}, roleNames(v.location) || "—"),
            h("td", {}, v.source || "—"))))),
      pager(events, (p) => here({ epage: p })))));
}
