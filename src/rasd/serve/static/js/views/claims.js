// Claims board: for a merged event, every claim about it side by side (speaker, outlet, time),
// with conflicting accounts highlighted.

import { get, pickFilters, query } from "../api.js";
import { clear, h } from "../dom.js";
import { arrow, catName, fmtDate, fmtNum, outletName, statusName, t, tn } from "../i18n.js";
import { pager } from "./reader.js";

const names = (list) => (list || []).map((a) => a.name || a.text || a.key).filter(Boolean).join("، ");

/** A conflict in the page's language, from its kind and field (the store's summary is English). */
export function conflictText(c) {
  const values = (c.accounts || []).map((a) => a.value).filter((v) => typeof v === "number");
  if (c.kind === "casualties") {
    return t("cf_" + c.field, { lo: fmtNum(Math.min(...values)), hi: fmtNum(Math.max(...values)) });
  }
  if (c.kind === "actor" || c.kind === "status") return t("cf_" + c.kind);
  return c.summary || c.kind;
}

function accountValue(c, v) {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v)) return v.join("، ");
  if (c.kind === "status") return statusName(v);
  return typeof v === "number" ? fmtNum(v) : String(v);
}

export async function render(root, arg, params, alive) {
  const f = pickFilters(params);
  const page = Number(params.page || 1);
  const list = await get("/merged-events", { ...f, page, per_page: 50 });
  const chosen = arg || (list.items.find((m) => m.conflicts > 0) || list.items[0] || {}).id;
  const detail = chosen ? await get("/merged-events/" + encodeURIComponent(chosen)) : null;
  if (!alive()) return;
  clear(root);
  const side = h("aside", { class: "panel events-list" }, h("h2", {}, t("merged_events")),
    h("p", { class: "muted total" }, tn("events", list.total)),
    list.items.length === 0 ? h("p", { class: "muted" }, t("nothing")) :
      h("ul", {}, list.items.map((m) => h("li", { class: m.id === chosen ? "on" : null },
        h("a", { href: "#/claims/" + encodeURIComponent(m.id) + query({ ...f, page: page > 1 ? page : null }), "data-merged": m.id },
          h("b", {}, catName(m.type)), " ", h("span", {}, names(m.actors) || "—"),
          m.recipients && m.recipients.length ? [arrow(), h("span", {}, names(m.recipients))] : null,
          h("div", { class: "muted" }, [fmtDate(m.date), names(m.places), tn("reports", m.reports)]
            .filter(Boolean).join(" · ")),
          m.conflicts ? h("span", { class: "badge conflict" }, tn("conflicts", m.conflicts)) : null)))),
    pager(list, (p) => "#/claims" + query({ ...f, page: p })));
  const main = h("section", { class: "panel board" });
  root.append(h("div", { class: "board-layout" }, side, main));
  if (!detail) {
    main.append(h("p", { class: "muted" }, t("choose_event")));
    return;
  }
  const span = detail.date_to && detail.date_to !== detail.date
    ? `${fmtDate(detail.date)} – ${fmtDate(detail.date_to)}` : fmtDate(detail.date);
  main.append(h("h2", {}, `${catName(detail.type)} — ${names(detail.actors) || "—"}`,
    detail.recipients && detail.recipients.length ? arrow() + names(detail.recipients) : ""),
  h("p", { class: "muted" }, [span, names(detail.places),
    (detail.outlets || []).map(outletName).join("، ")].filter(Boolean).join(" · ")));

  const conflicts = detail.conflict_list || [];
  const disputed = new Set();
  for (const c of conflicts) for (const a of c.accounts || []) disputed.add(a.doc_id);
  if (conflicts.length) {
    main.append(h("div", { class: "conflicts", role: "note" }, conflicts.map((c) =>
      h("div", { class: "conflict-item", "data-kind": c.kind },
        h("b", {}, `${t("conflict")}: `), conflictText(c),
        h("ul", {}, (c.accounts || []).map((a) => h("li", {},
          h("b", {}, outletName(a.source)), ": ", accountValue(c, a.value))))))));
  }

  const claims = detail.claims || [];
  main.append(h("h3", {}, `${t("claims_n")} (${fmtNum(claims.length)})`));
  if (!claims.length) main.append(h("p", { class: "muted" }, t("no_claims")));
  main.append(h("div", { class: "claim-cols" }, claims.map((c) => h("article", {
    class: "claim-card" + (disputed.has(c.doc_id) ? " disputed" : ""), "data-doc": c.doc_id },
    h("header", {},
      h("b", { class: "speaker" }, (c.speaker && (c.speaker.name || c.speaker.text)) || "—"),
      c.speaker && c.speaker.kind ? h("span", { class: "badge" }, t("k_" + c.speaker.kind)) : null,
      disputed.has(c.doc_id) ? h("span", { class: "badge conflict" }, t("conflict")) : null),
    h("div", { class: "cue muted" }, c.cue ? c.cue.text : ""),
    h("blockquote", { dir: "auto" }, c.content ? c.content.text : ""),
    h("footer", { class: "muted" },
      h("span", { class: "outlet", "data-slug": c.source || "" }, outletName(c.source)),
      c.via ? ` · ${t("via")} ${c.via.text}` : "",
      " · ", h("time", { datetime: c.published || "" }, fmtDate(c.published)), " · ",
      h("a", { href: "#/doc/" + encodeURIComponent(c.doc_id) }, t("open_reader")))))));

  const members = detail.members || [];
  main.append(h("h3", {}, `${t("reports")} (${fmtNum(members.length)})`),
    h("div", { class: "table-wrap" }, h("table", { class: "members" },
      h("thead", {}, h("tr", {}, [t("source"), t("date"), t("trigger"), t("actor"), t("recipient"), t("status"),
        t("dead"), t("injured"), t("why")].map((x) => h("th", {}, x)))),
      h("tbody", {}, members.map((m) => h("tr", { class: disputed.has(m.doc_id) ? "disputed" : null },
        h("td", {}, h("a", { href: "#/doc/" + encodeURIComponent(m.doc_id) }, outletName(m.source))),
        h("td", { class: "nowrap" }, fmtDate(m.date)), h("td", {}, m.trigger ? m.trigger.text : ""),
        h("td", {}, names(m.actor) || "—"), h("td", {}, names(m.recipient) || "—"),
        h("td", {}, h("span", { class: "badge st-" + m.status }, statusName(m.status))),
        h("td", {}, fmtNum(m.dead)), h("td", {}, fmtNum(m.injured)),
        h("td", { class: "why" }, whyText(m.why))))))));
}

// What joined a report to its merged event: shared place, actor, target, wording, sentence,
// days apart.
function whyText(why) {
  if (!why) return "—";
  if (why.fused) {
    const { fused, ...rest } = why;
    return whyText(rest) + " · " + t("why_fused_" + fused.how);
  }
  if (why.first) return t("why_first");
  const parts = [];
  for (const [key, label] of [["place", "why_place"], ["actor", "why_actor"], ["target", "why_target"]]) {
    const x = why[key];
    if (x) parts.push(`${t(label)}: ${x.name || x.key} (${t("how_" + x.how, { km: fmtNum(x.km) })})`);
  }
  if (why.wording) parts.push(t("why_wording", { p: fmtNum(Math.round(why.wording * 100)) }));
  if (why.phrasing) parts.push(t("why_phrasing", { p: fmtNum(Math.round(why.phrasing * 100)) }));
  if (why.magnitude) parts.push(t("why_" + why.magnitude.field, { n: fmtNum(why.magnitude.value) }));
  if (why.report) parts.push(t("why_report"));
  if (why.retold) parts.push(t("why_retold"));
  if (why.days) parts.push(t("why_days", { n: fmtNum(why.days) }));
  return parts.join(" · ") || "—";
}
