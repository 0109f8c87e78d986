// The dashboard shell: hash router, navigation, the shared filter bar, language toggle.

import { FILTER_KEYS, get, pickFilters, query } from "./api.js";
import { clear, h } from "./dom.js";
import { CATEGORIES, catName, getLang, setLang, t } from "./i18n.js";
import * as claims from "./views/claims.js";
import * as extractView from "./views/extract.js";
import * as map from "./views/map.js";
import * as network from "./views/network.js";
import * as overview from "./views/overview.js";
import * as reader from "./views/reader.js";
import * as search from "./views/search.js";

const VIEWS = { "": overview, timeline: overview, map, network, claims, doc: reader, search,
                extract: extractView };
const NAV = [["", "overview"], ["map", "map"], ["network", "network"], ["claims", "claims"],
             ["doc", "reader"], ["search", "search"], ["extract", "extract"]];
const STATUSES = ["asserted", "future", "hypothetical", "negated", "historical"];

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
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  document.title = t("brand") + " — " + t(NAV.find((n) => n[0] === current)?.[1] || "overview");
}

let outletList = null;

async function renderFilters(view, params) {
  const form = clear(document.getElementById("filters"));
  form.hidden = (view === "doc" && !!parseHash().arg) || view === "extract";
  if (form.hidden) return;
  if (outletList === null) {
    try { outletList = await get("/outlets"); } catch (_) { outletList = []; }
  }
  const field = (key, input) => h("label", { class: "f-" + key }, h("span", {}, t(key)), input);
  const text = (key, type = "search") =>
    h("input", { name: key, type, value: params[key] || "", dir: "auto", maxlength: 200 });
  const select = (key, options) => {
    const sel = h("select", { name: key }, h("option", { value: "" }, t("any")),
      options.map(([v, label]) => h("option", { value: v }, label)));
    sel.value = params[key] || "";
    return sel;
  };
  form.append(
    field("q", text("q")),
    field("category", select("category", Object.keys(CATEGORIES).map((c) => [c, catName(c)]))),
    field("actor", text("actor")),
    field("place", text("place")),
    field("from", text("from", "date")),
    field("to", text("to", "date")),
    field("outlet", select("outlet", (outletList || []).map((o) => [o.source, `${o.source} (${o.documents})`]))),
    field("status", select("status", STATUSES.map((st) => [st, t("st_" + st)]))),
    h("button", { type: "submit", class: "primary" }, t("apply")),
    h("button", { type: "button", class: "ghost", onclick: () => go(view, null, {}) }, t("reset")),
  );
}

function onSubmit(ev) {
  ev.preventDefault();
  const data = new FormData(ev.target);
  const params = {};
  for (const k of FILTER_KEYS) if (data.get(k)) params[k] = String(data.get(k)).trim();
  const { view } = parseHash();
  go(view === "doc" ? "search" : view, null, params);
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

function start() {
  setLang(getLang());
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
