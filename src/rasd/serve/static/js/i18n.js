// Interface language: Arabic by default, English on the toggle (saved in localStorage).
// Interface strings live here; the PLOVER vocabulary (categories, quads, modes, statuses) and
// the outlet names come from the server (/api/meta, data files in the package): one home.
// Numbers and dates use one digit style, Latin digits, the style of the article texts.

const LABELS = {
  brand: ["رصد", "rasd"],
  footer: ["رصد: من فعل ماذا بمن، أين، متى، ومن يقول ذلك — كل حقل مرتبط بنص المقال",
           "rasd: who did what to whom, where, when, and who says so — every field grounded in the article text"],
  overview: ["نظرة عامة", "Overview"],
  timeline: ["الخط الزمني", "Timeline"],
  map: ["الخريطة", "Map"],
  network: ["شبكة الفاعلين", "Actor network"],
  claims: ["لوحة الروايات", "Claims board"],
  reader: ["المقالات", "Articles"],
  search: ["بحث", "Search"],
  documents: ["المقالات", "Documents"],
  events: ["الأحداث", "Events"],
  merged_events: ["الأحداث", "Events"],
  reports: ["التقارير", "Reports"],
  claims_n: ["الروايات", "Claims"],
  conflicts: ["التعارضات", "Conflicts"],
  outlets: ["المصادر", "Outlets"],
  actors: ["الفاعلون", "Actors"],
  places: ["الأماكن", "Places"],
  q: ["نص البحث", "Text"],
  q_hint: ["كلمة أو أكثر، مثل: بحلب", "words, e.g. Aleppo"],
  category: ["الفئة", "Category"],
  actor: ["الفاعل", "Actor"],
  recipient: ["المستهدف", "Recipient"],
  place: ["المكان", "Place"],
  from: ["من تاريخ", "From"],
  to: ["إلى تاريخ", "To"],
  date_hint: ["سنة-شهر-يوم", "year-month-day"],
  bad_date: ["اكتب التاريخ بالصيغة سنة-شهر-يوم، مثل {d}", "Write the date as year-month-day, e.g. {d}"],
  outlet: ["المصدر", "Outlet"],
  status: ["الحالة", "Status"],
  any: ["الكل", "Any"],
  apply: ["تطبيق", "Apply"],
  reset: ["مسح", "Clear"],
  filters: ["المرشحات", "Filters"],
  active_filters: ["المرشحات ({n})", "Filters ({n})"],
  download: ["تنزيل ما تعرضه المرشحات", "Download what the filters show"],
  dl_csv: ["CSV (جدول الأحداث)", "CSV (events table)"],
  dl_jsonl: ["JSON (المقالات كاملة)", "JSON (full documents)"],
  dl_plover: ["PLOVER (سجلات الأحداث)", "PLOVER (event records)"],
  loading: ["جارٍ التحميل…", "Loading…"],
  nothing: ["لا توجد نتائج", "Nothing found"],
  nothing_hint: ["جرّب كلمات أقل أو امسح أحد المرشحات", "Try fewer words or clear a filter"],
  error: ["خطأ", "Error"],
  prev: ["السابق", "Previous"],
  next: ["التالي", "Next"],
  page_of: ["صفحة {p} من {n}", "Page {p} of {n}"],
  date: ["التاريخ", "Date"],
  speaker: ["المتحدث", "Speaker"],
  via: ["عبر", "via"],
  open_reader: ["افتح المقال", "Open article"],
  choose_event: ["اختر حدثاً لعرض كل الروايات عنه جنباً إلى جنب", "Pick an event to see every claim about it side by side"],
  no_claims: ["لا روايات مرتبطة بهذا الحدث", "No claims linked to this event"],
  conflict: ["تعارض", "Conflict"],
  cf_actor: ["اختلفت التقارير في من نفّذ الحدث", "Reports differ on who did it"],
  cf_status: ["مصدر يؤكد ما ينفيه مصدر آخر", "One source asserts what another denies"],
  cf_dead: ["اختلف عدد القتلى بين التقارير: من {lo} إلى {hi}", "Death tolls differ: {lo}–{hi}"],
  cf_injured: ["اختلف عدد الجرحى بين التقارير: من {lo} إلى {hi}", "Injury counts differ: {lo}–{hi}"],
  why: ["سبب الدمج", "Why merged"],
  why_first: ["أول تقرير عن الحدث", "first report of the event"],
  why_place: ["المكان", "place"],
  why_actor: ["الفاعل", "actor"],
  why_target: ["المستهدف", "target"],
  why_days: ["الفارق {n} يوم", "{n} day(s) apart"],
  why_wording: ["الصياغة نفسها ({p}٪)", "same wording ({p}%)"],
  why_phrasing: ["الجملة نفسها ({p}٪)", "same sentence ({p}%)"],
  why_dead: ["عدد القتلى نفسه ({n})", "same death toll ({n})"],
  why_size: ["العدد نفسه ({n})", "same number involved ({n})"],
  why_report: ["مقدّمة تقرير يروي الحدث في موضع آخر منه", "the lead of a report that tells it further down"],
  why_retold: ["تقرير لاحق يروي الحدث بحصيلته نفسها", "a later report retelling it by its toll"],
  why_fused_cores: ["ضُمّ مع حدث آخر اتفقت معه هوية الحدث", "fused in with another event that agreed with it"],
  why_fused_count: ["ضُمّ مع حدث آخر بتقرير يحمل حصيلته نفسها", "fused in by a report giving its toll"],
  how_same: ["نفسه", "same"],
  how_within: ["ضمنه", "within"],
  how_holds: ["محافظة تضمّه", "a governorate holding it"],
  how_near: ["على بعد {km} كم", "{km} km away"],
  how_part: ["جزء منه", "part of it"],
  how_country: ["البلد نفسه", "same country"],
  layers: ["الطبقات", "Layers"],
  layer_entities: ["كيانات", "Entities"],
  layer_events: ["أحداث", "Events"],
  layer_claims: ["روايات", "Claims"],
  layer_quantities: ["أعداد", "Quantities"],
  layer_times: ["أزمنة", "Times"],
  layer_search: ["كلمات البحث", "Search words"],
  copies: ["النسخ", "Copies"],
  record: ["رقم السجل", "Record id"],
  published: ["تاريخ النشر", "Published"],
  source: ["المصدر", "Source"],
  trigger: ["الحدث كما ورد", "Trigger"],
  mode: ["الطريقة", "Mode"],
  dead: ["قتلى", "Dead"],
  injured: ["جرحى", "Injured"],
  size: ["العدد", "Size"],
  value: ["القيمة", "Value"],
  ordinal: ["ترتيبي", "ordinal"],
  direct: ["اقتباس مباشر", "Direct quote"],
  no_geo: ["لا أماكن معروفة الإحداثيات لهذه المرشحات", "No geocoded places for these filters"],
  map_legend: ["دائرة لكل مكان، مساحتها بعدد أحداثه؛ الأرقام في الدوائر المجمّعة مجموع الأحداث. اضغط على مكان لعرض أحداثه.",
               "One circle per place, its area by number of events; numbers in grouped circles add their events up. Click a place to see its events."],
  gov_legend: ["أسماء المحافظات السورية", "Syrian governorates"],
  network_hint: ["أبرز {n} فاعلين: السهم من الفاعل إلى المستهدف، وعرضه ورقمه عدد الأحداث. اضغط على فاعل لتصفية الصفحة به.",
                 "The top {n} actors: arrows run from actor to recipient, their width and number are the events. Click an actor to filter by it."],
  network_all: ["ترتيب الأسماء غير المعرّفة مع غيرها", "Rank unidentified names with the others"],
  hover_hint: ["مرّر المؤشر فوق النص المميز لشرحه", "Hover over highlighted text for details"],
  top_actors: ["أبرز الفاعلين", "Top actors"],
  top_places: ["أبرز الأماكن", "Top places"],
  as_actor: ["فاعل", "as actor"],
  as_recipient: ["مستهدف", "as recipient"],
  ev_per_day: ["عدد الأحداث في اليوم حسب الفئة", "Events per day by category"],
  ev_per_week: ["عدد الأحداث في الأسبوع حسب الفئة", "Events per week by category"],
  ev_per_month: ["عدد الأحداث في الشهر حسب الفئة", "Events per month by category"],
  outside: ["يعرض الرسم الفترة {from} – {to}؛ {events} بتواريخ خارجها (استخدم مرشح التاريخ لرؤيتها)",
            "Showing {from} – {to}; {events} dated outside it (use the date filter to see them)"],
  k_named: ["مسمّى", "named"],
  k_institution: ["مؤسسة", "institution"],
  k_anonymous: ["مجهول", "anonymous"],
  k_unknown: ["غير معروف", "unknown"],
  t_PER: ["شخص", "person"],
  t_ORG: ["منظمة", "organization"],
  t_LOC: ["مكان", "place"],
  t_MISC: ["اسم آخر", "other name"],
  kind_country: ["دولة", "country"],
  kind_city: ["مدينة", "city"],
  kind_town: ["بلدة", "town"],
  kind_village: ["قرية", "village"],
  kind_neighbourhood: ["حي", "neighbourhood"],
  kind_governorate: ["محافظة", "governorate"],
  kind_district: ["منطقة", "district"],
  kind_subdistrict: ["ناحية", "subdistrict"],
  kind_region: ["منطقة", "region"],
  kind_camp: ["مخيم", "camp"],
  kind_crossing: ["معبر", "crossing"],
  kind_person: ["شخص", "person"],
  kind_ministry: ["وزارة", "ministry"],
  kind_government: ["حكومة", "government"],
  kind_military: ["قوة عسكرية", "military"],
  "kind_armed-group": ["جماعة مسلحة", "armed group"],
  kind_party: ["حزب", "party"],
  kind_media: ["وسيلة إعلام", "media"],
  kind_ngo: ["منظمة غير حكومية", "NGO"],
  "kind_international-organisation": ["منظمة دولية", "international organisation"],
  kind_intelligence: ["جهاز استخبارات", "intelligence service"],
  extract: ["استخراج", "Extract"],
  need_text: ["الصق نص المقال أولاً", "Paste the article text first"],
  place_events: ["أحداث هذا المكان", "Events here"],
  extract_hint: ["الصق نص مقال عربي هنا لاستخراج الكيانات والأحداث والروايات منه (لا يُحفظ شيء)",
                 "Paste an Arabic article here to extract its entities, events and claims (nothing is stored)"],
};

// Counted nouns: Arabic has six plural forms (Intl.PluralRules "ar": zero, one, two, few,
// many, other); {n} is the formatted number.
const COUNTED = {
  documents: [{ zero: "لا مقالات", one: "مقال واحد", two: "مقالان", few: "{n} مقالات", many: "{n} مقالاً", other: "{n} مقال" },
              { one: "{n} document", other: "{n} documents" }],
  events: [{ zero: "لا أحداث", one: "حدث واحد", two: "حدثان", few: "{n} أحداث", many: "{n} حدثاً", other: "{n} حدث" },
           { one: "{n} event", other: "{n} events" }],
  reports: [{ zero: "لا تقارير", one: "تقرير واحد", two: "تقريران", few: "{n} تقارير", many: "{n} تقريراً", other: "{n} تقرير" },
            { one: "{n} report", other: "{n} reports" }],
  claims: [{ zero: "لا روايات", one: "رواية واحدة", two: "روايتان", few: "{n} روايات", many: "{n} روايةً", other: "{n} رواية" },
           { one: "{n} claim", other: "{n} claims" }],
  conflicts: [{ zero: "لا تعارضات", one: "تعارض واحد", two: "تعارضان", few: "{n} تعارضات", many: "{n} تعارضاً", other: "{n} تعارض" },
              { one: "{n} conflict", other: "{n} conflicts" }],
  outlets: [{ zero: "لا مصادر", one: "مصدر واحد", two: "مصدران", few: "{n} مصادر", many: "{n} مصدراً", other: "{n} مصدر" },
            { one: "{n} outlet", other: "{n} outlets" }],
  places: [{ zero: "لا أماكن", one: "مكان واحد", two: "مكانان", few: "{n} أماكن", many: "{n} مكاناً", other: "{n} مكان" },
           { one: "{n} place", other: "{n} places" }],
  links: [{ zero: "لا علاقات", one: "علاقة واحدة", two: "علاقتان", few: "{n} علاقات", many: "{n} علاقةً", other: "{n} علاقة" },
          { one: "{n} link", other: "{n} links" }],
  results: [{ zero: "لا نتائج", one: "نتيجة واحدة", two: "نتيجتان", few: "{n} نتائج", many: "{n} نتيجةً", other: "{n} نتيجة" },
            { one: "{n} result", other: "{n} results" }],
};

// Colours by quad (greens for cooperation, oranges/reds for conflict); a category takes the
// shade of its rank inside its quad, so no category is named here.
const QUAD_SHADES = {
  "verbal-cooperation": ["#8fd19e", "#5cb574", "#a8d5a2", "#3f9a5a"],
  "material-cooperation": ["#1f7a8c", "#2e9cca", "#145c6e", "#56b4d3"],
  "verbal-conflict": ["#f2b95b", "#e8983a", "#d9822b", "#c46a1c"],
  "material-conflict": ["#d46a6a", "#b84a62", "#9c3d54", "#a33a3a", "#7a1f1f", "#c0392b"],
};
export const QUAD_COLOR = {
  "verbal-cooperation": "#4caf6a", "material-cooperation": "#1f7a8c",
  "verbal-conflict": "#e8983a", "material-conflict": "#b22b2b",
};

let lang = localStorage.getItem("rasd.lang") === "en" ? "en" : "ar";
let meta = { categories: [], quads: [], modes: [], statuses: [], outlets: {} };
let byCode = { categories: {}, quads: {}, modes: {}, statuses: {} };
const colors = {};

/** Load the vocabulary and outlet names from the server once, before the first page. */
export async function loadMeta() {
  const res = await fetch("/api/meta", { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error("/api/meta: " + res.status);
  meta = await res.json();
  byCode = {};
  for (const kind of ["categories", "quads", "modes", "statuses"]) {
    byCode[kind] = Object.fromEntries((meta[kind] || []).map((x) => [x.code, x]));
  }
  const rank = {};
  for (const c of meta.categories) {
    const shades = QUAD_SHADES[c.quad] || ["#888"];
    rank[c.quad] = (rank[c.quad] || 0) + 1;
    colors[c.code] = shades[(rank[c.quad] - 1) % shades.length];
  }
}

export function getLang() { return lang; }

export function setLang(l) {
  lang = l === "en" ? "en" : "ar";
  localStorage.setItem("rasd.lang", lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "en" ? "ltr" : "rtl";
}

const fill = (str, vars) => {
  for (const [k, v] of Object.entries(vars || {})) str = str.split("{" + k + "}").join(String(v));
  return str;
};

export function t(key, vars) {
  const entry = LABELS[key];
  return fill(entry ? entry[lang === "en" ? 1 : 0] : key, vars);
}

const plurals = { ar: new Intl.PluralRules("ar"), en: new Intl.PluralRules("en") };

/** A counted noun with its number: tn("events", 3) → "3 أحداث", tn("events", 11) → "11 حدثاً";
 * `more`: the number is a floor (a text matching more documents than are read: "500+"). */
export function tn(noun, n, more = false) {
  const forms = COUNTED[noun][lang === "en" ? 1 : 0];
  const form = forms[plurals[lang].select(n)] || forms.other;
  return fill(form, { n: fmtNum(n) + (more ? "+" : "") });
}

const numbers = { ar: new Intl.NumberFormat("ar-u-nu-latn"), en: new Intl.NumberFormat("en") };

/** A number in the one digit style of the page (Latin digits, as in the articles). */
export function fmtNum(n) {
  if (n === null || n === undefined || n === "") return "—";
  return numbers[lang].format(n);
}

const dates = {
  ar: new Intl.DateTimeFormat("ar-u-nu-latn", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  arShort: new Intl.DateTimeFormat("ar-u-nu-latn", { day: "numeric", month: "long", timeZone: "UTC" }),
  enShort: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
};

/** A YYYY-MM-DD date for reading ("21 يوليو 2015"); `short` drops the year. */
export function fmtDate(iso, short = false) {
  if (!iso) return "—";
  const d = new Date(String(iso).slice(0, 10) + "T00:00:00Z");
  if (Number.isNaN(d.getTime())) return String(iso);
  return dates[(lang === "en" ? "en" : "ar") + (short ? "Short" : "")].format(d);
}

const labelOf = (kind, code) => {
  const item = byCode[kind] && byCode[kind][code];
  return item ? item[lang === "en" ? "en" : "ar"] : String(code ?? "—");
};

export const CATEGORIES = () => meta.categories.map((c) => c.code);
export const STATUSES = () => meta.statuses.map((s) => s.code);
export const catName = (c) => labelOf("categories", c);
export const statusName = (s) => labelOf("statuses", s);
export const modeName = (m) => labelOf("modes", m);
export const quadName = (q) => (q ? labelOf("quads", q) : "—");
export const categoryColor = (c) => colors[c] || "#888";

/** The outlet's display name (data/outlets.tsv); its slug when it has none. */
export function outletName(slug) {
  if (!slug) return "—";
  const o = meta.outlets && meta.outlets[slug];
  return o ? o[lang === "en" ? "en" : "ar"] || slug : slug;
}

/** A knowledge-base kind (city, armed-group, ...) in the page language. */
export function kindName(kind) {
  return kind && LABELS["kind_" + kind] ? t("kind_" + kind) : String(kind || "");
}

export function quadOf(e) {
  const q = e && e.quad ? String(e.quad).toLowerCase().replace(/[ _]/g, "-") : null;
  if (q && QUAD_COLOR[q]) return q;
  const c = byCode.categories && byCode.categories[e && (e.type || e.category)];
  return c ? c.quad : null;
}

export function quadCodes() { return meta.quads.map((q) => q.code); }

/** "from → to" reading in the page's direction: ← in Arabic (right to left), → in English. */
export function arrow() { return lang === "en" ? " → " : " ← "; }
