// Extract: paste an article (text), run the pipeline on the server (POST /api/extract) and read
// the result in the article reader. Nothing is stored.

import { clear, h } from "../dom.js";
import { t } from "../i18n.js";
import { renderDocument } from "./reader.js";

export async function render(root) {
  clear(root);
  const text = h("textarea", { name: "text", rows: 10, dir: "auto", required: true, maxlength: 500000,
                               placeholder: t("extract_hint") });
  // Text, not type=date: the browser's date field shows its own locale's mm/dd/yyyy.
  const published = h("input", { name: "published", type: "text", dir: "ltr", maxlength: 10,
                                 inputmode: "numeric",
                                 placeholder: t("date_hint"), class: "date" });
  const source = h("input", { name: "source", type: "text", maxlength: 200, dir: "auto" });
  const out = h("div", { class: "extract-out" });
  const status = h("p", { class: "muted", role: "status" });
  const form = h("form", { class: "panel extract-form", novalidate: true },
    h("h2", {}, t("extract")),
    text,
    h("div", { class: "row" },
      h("label", {}, h("span", {}, t("published")), published),
      h("label", {}, h("span", {}, t("source")), source),
      h("button", { type: "submit", class: "primary" }, t("extract"))),
    status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    status.textContent = t("loading");
    clear(out);
    if (!text.value.trim()) {
      status.textContent = t("need_text");
      return;
    }
    if (published.value.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(published.value.trim())) {
      status.textContent = t("bad_date", { d: "2016-12-15" });
      return;
    }
    const body = { text: text.value };
    if (published.value.trim()) body.published = published.value.trim();
    if (source.value.trim()) body.source = source.value.trim();
    try {
      const res = await fetch("/api/extract", { method: "POST", body: JSON.stringify(body),
        headers: { "Content-Type": "application/json", Accept: "application/json" } });
      const data = await res.json();
      if (!res.ok) throw new Error((data.error && data.error.message) || res.statusText);
      status.textContent = "";
      renderDocument(out, data);
      document.body.dataset.extracted = "1";
    } catch (err) {
      status.textContent = `${t("error")}: ${err.message}`;
    }
  });
  root.append(form, out);
}
