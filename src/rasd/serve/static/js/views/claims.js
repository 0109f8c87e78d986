// Claims board: for a merged event, every claim about it side by side (speaker, outlet, time),
// with conflicting accounts highlighted.

import { get, pickFilters, query } from "../api.js";
import { clear, fmtNum, h } from "../dom.js";
import { catName, getLang, t } from "../i18n.js";

const names = (list) => (list || []).map((a) => a.name || a.text || a.key).filter(Boolean).join("، ");

export async function render(root, arg, params, alive) {
  const f = pickFilters(params);
  const list = await get("/merged-events", { ...f, per_page: 100 });
  const chosen = arg || (list.items.find((m) => m.conflicts > 0) || list.items[0] || {}).id;
  const detail = chosen ? await get("/merged-events/" + encodeURIComponent(chosen)) : null;
  if (!alive()) return;
  clear(root);
  const lang = getLang();
  const side = h("aside", { class: "panel events-list" }, h("h2", {}, t("merged_events")),
    list.items.length === 0 ? h("p", { class: "muted" }, t("nothing")) :
      h("ul", {}, list.items.map((m) => h("li", { class: m.id === chosen ? "on" : null },
        h("a", { href: "#/claims/" + encodeURIComponent(m.id) + query(f), "data-merged": m.id },
          h("b", {}, catName(m.type)), " ", h("span", {}, names(m.actors) || "—"),
          m.recipients && m.recipients.length ? [" → ", h("span", {}, names(m.recipients))] : null,
          h("div", { class: "muted" }, [m.date, names(m.places)].filter(Boolean).join(" · "),
            " · ", `${t("reports")}: ${fmtNum(m.reports, lang)}`),
          m.conflicts ? h("span", { class: "badge conflict" }, `${t("conflict")} ${m.conflicts}`) : null)))));
  const main = h("section", { class: "panel board" });
  root.append(h("div", { class: "board-layout" }, side, main));
  if (!detail) {
    main.append(h("p", { class: "muted" }, t("choose_event")));
    return;
  }
  main.append(h("h2", {}, `${catName(detail.type)} — ${names(detail.actors) || "—"}`,
    detail.recipients && detail.recipients.length ? ` → ${names(detail.recipients)}` : ""),
  h("p", { class: "muted" }, [detail.date, detail.date_to && detail.date_to !== detail.date ? detail.date_to : null,
    names(detail.places), (detail.outlets || []).join("، ")].filter(Boolean).join(" · ")));

  const conflicts = detail.conflict_list || [];
  const disputed = new Set();
  for (const c of conflicts) for (const a of c.accounts || []) disputed.add(a.doc_id);
  if (conflicts.length) {
    main.append(h("div", { class: "conflicts", role: "note" }, conflicts.map((c) =>
      h("div", { class: "conflict-item", "data-kind": c.kind },
        h("b", {}, `${t("conflict")}: `), conflictText(c),
        h("ul", {}, (c.accounts || []).map((a) => h("li", {},
          h("b", {}, a.source || "—"), ": ", a.value === null || a.value === undefined ? "—" : String(a.value))))))));
  }

  const claims = detail.claims || [];
  main.append(h("h3", {}, `${t("claims_n")} (${fmtNum(claims.length, lang)})`));
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
      h("span", { class: "outlet" }, c.source || "—"), c.via ? ` · ${t("via")} ${c.via.text}` : "",
      " · ", h("time", {}, c.published || "—"), " · ",
      h("a", { href: "#/doc/" + encodeURIComponent(c.doc_id) }, t("open_reader")))))));

  const members = detail.members || [];
  main.append(h("h3", {}, `${t("reports")} (${fmtNum(members.length, lang)})`),
    h("table", { class: "members" },
      h("thead", {}, h("tr", {}, [t("source"), t("date"), t("trigger"), t("actor"), t("recipient"), t("status"),
        t("dead"), t("injured"), t("why")].map((x) => h("th", {}, x)))),
      h("tbody", {}, members.map((m) => h("tr", { class: disputed.has(m.doc_id) ? "disputed" : null },
        h("td", {}, h("a", { href: "#/doc/" + encodeURIComponent(m.doc_id) }, m.source || m.doc_id)),
        h("td", {}, m.date || "—"), h("td", {}, m.trigger ? m.trigger.text : ""),
        h("td", {}, names(m.actor) || "—"), h("td", {}, names(m.recipient) || "—"),
        h("td", {}, h("span", { class: "badge st-" + m.status }, t("st_" + m.status))),
        h("td", {}, m.dead ?? "—"), h("td", {}, m.injured ?? "—"),
        h("td", { class: "why" }, whyText(m.why)))))));
}

// A conflict is data (kind, field, accounts); its words come from i18n, in the UI's language.
function conflictText(c) {
  if (c.kind === "casualties") {
    const values = (c.accounts || []).map((a) => a.value).filter((v) => typeof v === "number");
    return t("cf_" + c.field, { lo: Math.min(...values), hi: Math.max(...values) });
  }
  return t("cf_" + c.kind);
}

// What joined a report to its merged event: shared place, actor, target, days apart, wording.
function whyText(why) {
  if (!why) return "—";
  if (why.first) return t("why_first");
  const parts = [];
  for (const [key, label] of [["place", "why_place"], ["actor", "why_actor"], ["target", "why_target"]]) {
    const x = why[key];
    if (x) parts.push(`${t(label)}: ${x.name || x.key} (${t("how_" + x.how, { km: x.km })})`);
  }
  if (why.wording) parts.push(t("why_wording", { p: Math.round(why.wording * 100) }));
  if (why.days) parts.push(t("why_days", { n: why.days }));
  return parts.join(" · ") || "—";
}
