// The dashboard shell: hash router, navigation, the shared filter bar (with downloads of what it
// selects), language toggle.

import { FILTER_KEYS, get, pickFilters, query } from "./api.js";
import { clear, h } from "./dom.js";
import { CATEGORIES, STATUSES, catName, fmtNum, getLang, loadMeta, outletName, setLang, statusName, t }
  from "./i18n.js";
import * as claims from "./views/claims.js";
import * as extractView from "./views/extract.js";
import * as map from "./views/map.js";
import * as network from "./views/network.js";
import * as overview from "./views/overview.js";
import * as reader from "./views/reader.js";
import * as search from "./views/search.js";

const VIEWS = { "": overview, timeline: overview, map, network, claims, doc: reader, search,
                extract: extractView };
const NAV = [["", "overview"], ["search", "search"], ["map", "map"], ["network", "network"],
             ["claims", "claims"], ["doc", "reader"], ["extract", "extract"]];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, qs] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(qs || ""));
  return { view: parts[0] || "", arg: parts[1] || null, params };
}

export function go(view, arg, params) {
  const path = "#/" + [view, arg].filter(Boolean).map(encodeURIComponent).join("/") + query(params);
  // "ready" is dropped at the navigation itself, not when hashchange fires later, so that
  // nobody reads the old view as the new one in between.
  if (location.hash !== path) delete document.body.dataset.ready;
  location.hash = path;
}

function renderNav(current) {
  const nav = clear(document.getElementById("nav"));
  const { params } = parseHash();
  for (const [view, key] of NAV) {
    const keep = view === "doc" || view === "extract" ? {} : pickFilters(params);
    const a = h("a", { href: "#/" + view + query(keep), class: view === current ? "on" : null,
                       "data-view": view || "overview" }, t(key));
    nav.append(a);
  }
  const lang = document.getElementById("lang");
  lang.textContent = getLang() === "en" ? "العربية" : "English";
  lang.setAttribute("lang", getLang() === "en" ? "ar" : "en");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  document.title = t("brand") + " — " + t(NAV.find((n) => n[0] === current)?.[1] || "overview");
}

let outletList = null;
let corpusDates = null;

/** The store's date range, for the date fields' example and hint. */
async function dateRange() {
  if (corpusDates === null) {
    try {
      const s = await get("/stats");
      corpusDates = { first: s.first_date, last: s.last_date };
    } catch (_) { corpusDates = {}; }
  }
  return corpusDates;
}

async function renderFilters(view, params) {
  const form = clear(document.getElementById("filters"));
  const hidden = (view === "doc" && !!parseHash().arg) || view === "extract";
  form.hidden = hidden;
  if (hidden) return;
  if (outletList === null) {
    try { outletList = await get("/outlets"); } catch (_) { outletList = []; }
  }
  const range = await dateRange();
  const field = (key, input) => h("label", { class: "f-" + key }, h("span", {}, t(key)), input);
  const text = (key, placeholder) =>
    h("input", { name: key, type: "search", value: params[key] || "", dir: "auto", maxlength: 200,
                 placeholder: placeholder || null });
  // Text, not type=date: the browser's date field shows its own locale's mm/dd/yyyy.
  const date = (key, example) =>
    h("input", { name: key, type: "text", value: params[key] || "", dir: "ltr", maxlength: 10,
                 inputmode: "numeric", class: "date",
                 placeholder: t("date_hint"), title: t("bad_date", { d: example || "2015-07-21" }),
                 "data-example": example || "2015-07-21" });
  const select = (key, options) => {
    const sel = h("select", { name: key }, h("option", { value: "" }, t("any")),
      options.map(([v, label]) => h("option", { value: v }, label)));
    sel.value = params[key] || "";
    return sel;
  };
  const active = FILTER_KEYS.filter((k) => params[k]).length;
  const toggle = h("button", { type: "button", class: "filters-toggle", "aria-expanded": "false" },
    active ? t("active_filters", { n: fmtNum(active) }) : t("filters"));
  toggle.addEventListener("click", () => {
    const open = form.classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  });
  const downloads = h("div", { class: "downloads" }, h("span", { class: "muted" }, t("download") + ":"),
    ["csv", "jsonl", "plover"].map((fmt) => h("a", {
      href: "/api/export" + query({ ...pickFilters(params), format: fmt }), download: "",
      class: "dl", "data-format": fmt }, t("dl_" + fmt))));
  const fields = h("div", { class: "fields" },
    field("q", text("q", t("q_hint"))),
    field("category", select("category", CATEGORIES().map((c) => [c, catName(c)]))),
    field("actor", text("actor")),
    field("place", text("place")),
    field("from", date("from", range.first)),
    field("to", date("to", range.last)),
    field("outlet", select("outlet", (outletList || []).map((o) =>
      [o.source, `${outletName(o.source)} (${fmtNum(o.documents)})`]))),
    field("status", select("status", STATUSES().map((st) => [st, statusName(st)]))),
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "primary" }, t("apply")),
      h("button", { type: "button", class: "ghost", onclick: () => go(view, null, {}) }, t("reset"))),
    h("p", { class: "form-error", role: "alert", hidden: true }));
  form.append(toggle, fields, downloads);
}

function onSubmit(ev) {
  ev.preventDefault();
  const form = ev.target;
  const data = new FormData(form);
  const params = {};
  for (const k of FILTER_KEYS) if (data.get(k)) params[k] = String(data.get(k)).trim();
  const error = form.querySelector(".form-error");
  for (const k of ["from", "to"]) {
    if (params[k] && !DATE_RE.test(params[k])) {
      error.textContent = t("bad_date", { d: form.querySelector(`[name=${k}]`).dataset.example });
      error.hidden = false;
      form.querySelector(`[name=${k}]`).focus();
      return;
    }
  }
  // A new text query from the overview or the article list means "search": show the results.
  // Elsewhere (map, network, claims) the filters narrow the page in view.
  const { view, params: before } = parseHash();
  const searching = params.q && params.q !== before.q && (view === "" || view === "timeline");
  go(view === "doc" || searching ? "search" : view, null, params);
}

let token = 0;

async function route() {
  const { view, arg, params } = parseHash();
  const mod = VIEWS[view] || overview;
  const mine = ++token;
  delete document.body.dataset.ready; // "ready" always means: this very route has rendered
  renderNav(view in VIEWS ? view : "");
  await renderFilters(view, params);
  const root = clear(document.getElementById("view"));
  root.className = "view view-" + (view || "overview");
  root.append(h("p", { class: "loading" }, t("loading")));
  try {
    await mod.render(root, arg, params, () => mine === token);
  } catch (err) {
    if (mine !== token) return;
    console.error(err);
    clear(root).append(h("p", { class: "error", role: "alert" }, `${t("error")}: ${err && err.message ? err.message : String(err)}`));
  } finally {
    root.querySelector(":scope > .loading")?.remove();
    if (mine === token) document.body.dataset.ready = view || "overview";
  }
}

async function start() {
  setLang(getLang());
  await loadMeta();
  document.getElementById("lang").addEventListener("click", () => {
    setLang(getLang() === "en" ? "ar" : "en");
    route();
  });
  document.getElementById("filters").addEventListener("submit", onSubmit);
  window.addEventListener("hashchange", route);
  route();
}

// The vendored libraries are deferred classic scripts; modules run after them.
start();
