// Interface labels, Arabic by default, English on the toggle (saved in localStorage).

const LABELS = {
  brand: ["رصد", "rasd"],
  footer: ["رصد: من فعل ماذا بمن، أين، متى، ومن يقول ذلك — كل حقل مرتبط بنص المقال",
           "rasd: who did what to whom, where, when, and who says so — every field grounded in the article text"],
  overview: ["نظرة عامة", "Overview"],
  timeline: ["الخط الزمني", "Timeline"],
  map: ["الخريطة", "Map"],
  network: ["شبكة الفاعلين", "Actor network"],
  claims: ["لوحة الروايات", "Claims board"],
  reader: ["قارئ المقالات", "Article reader"],
  search: ["بحث", "Search"],
  documents: ["المقالات", "Documents"],
  events: ["الأحداث", "Events"],
  merged_events: ["أحداث مدمجة", "Merged events"],
  multi_report_events: ["أحداث بأكثر من مصدر", "Multi-source events"],
  claims_n: ["الروايات", "Claims"],
  conflicts: ["تعارضات", "Conflicts"],
  outlets: ["المصادر", "Outlets"],
  entities: ["الكيانات", "Entities"],
  near_duplicates: ["نسخ متقاربة", "Near duplicates"],
  exact_copies: ["نسخ مطابقة", "Exact copies"],
  actors: ["الفاعلون", "Actors"],
  places: ["الأماكن", "Places"],
  q: ["نص البحث", "Text"],
  category: ["الفئة", "Category"],
  actor: ["الفاعل", "Actor"],
  recipient: ["المستهدف", "Recipient"],
  place: ["المكان", "Place"],
  from: ["من تاريخ", "From"],
  to: ["إلى تاريخ", "To"],
  outlet: ["المصدر", "Outlet"],
  status: ["الحالة", "Status"],
  any: ["الكل", "Any"],
  apply: ["تطبيق", "Apply"],
  reset: ["مسح", "Clear"],
  loading: ["جارٍ التحميل…", "Loading…"],
  nothing: ["لا توجد نتائج", "Nothing found"],
  error: ["خطأ", "Error"],
  prev: ["السابق", "Previous"],
  next: ["التالي", "Next"],
  page_of: ["صفحة {p} من {n}", "Page {p} of {n}"],
  results: ["{n} نتيجة", "{n} results"],
  count: ["العدد", "Count"],
  date: ["التاريخ", "Date"],
  speaker: ["المتحدث", "Speaker"],
  said: ["قال", "said"],
  via: ["عبر", "via"],
  reports: ["التقارير", "Reports"],
  open_reader: ["افتح المقال", "Open article"],
  choose_event: ["اختر حدثاً لعرض كل الروايات عنه جنباً إلى جنب", "Pick an event to see every claim about it side by side"],
  no_claims: ["لا روايات مرتبطة بهذا الحدث", "No claims linked to this event"],
  conflict: ["تعارض", "Conflict"],
  layers: ["الطبقات", "Layers"],
  layer_entities: ["كيانات", "Entities"],
  layer_events: ["أحداث", "Events"],
  layer_claims: ["روايات", "Claims"],
  layer_quantities: ["أعداد", "Quantities"],
  layer_times: ["أزمنة", "Times"],
  copies: ["النسخ", "Copies"],
  published: ["تاريخ النشر", "Published"],
  source: ["المصدر", "Source"],
  trigger: ["الفعل", "Trigger"],
  dead: ["قتلى", "Dead"],
  injured: ["جرحى", "Injured"],
  size: ["العدد", "Size"],
  value: ["القيمة", "Value"],
  kind: ["النوع", "Kind"],
  content: ["المضمون", "Content"],
  direct: ["اقتباس مباشر", "Direct quote"],
  governorates: ["المحافظات السورية", "Syrian governorates"],
  no_geo: ["لا أماكن محددة الإحداثيات لهذه المرشحات", "No geocoded places for these filters"],
  edges_shown: ["{n} علاقة", "{n} links"],
  hover_hint: ["مرّر المؤشر فوق النص المميز لشرحه", "Hover over highlighted text for details"],
  top_actors: ["أبرز الفاعلين", "Top actors"],
  top_places: ["أبرز الأماكن", "Top places"],
  events_on: ["أحداث {d}", "Events on {d}"],
  as_actor: ["كفاعل", "as actor"],
  as_recipient: ["كمستهدف", "as recipient"],
  quad_verbal_cooperation: ["تعاون لفظي", "Verbal cooperation"],
  quad_material_cooperation: ["تعاون مادي", "Material cooperation"],
  quad_verbal_conflict: ["صراع لفظي", "Verbal conflict"],
  quad_material_conflict: ["صراع مادي", "Material conflict"],
  st_asserted: ["مؤكد", "asserted"],
  st_future: ["مستقبلي", "future"],
  st_hypothetical: ["افتراضي", "hypothetical"],
  st_negated: ["منفي", "negated"],
  st_historical: ["سابق", "historical"],
  k_named: ["مسمّى", "named"],
  k_institution: ["مؤسسة", "institution"],
  k_anonymous: ["مجهول", "anonymous"],
  k_unknown: ["غير معروف", "unknown"],
  t_PER: ["شخص", "person"],
  t_ORG: ["منظمة", "organization"],
  t_LOC: ["مكان", "place"],
  t_MISC: ["اسم آخر", "other name"],
  extract: ["استخراج", "Extract"],
  extract_hint: ["الصق نص مقال عربي هنا لاستخراج الكيانات والأحداث والروايات منه (لا يُحفظ شيء)",
                 "Paste an Arabic article here to extract its entities, events and claims (nothing is stored)"],
  outside: ["يعرض الرسم الفترة {from} – {to}؛ {n} حدثاً بتواريخ خارجها (استخدم مرشح التاريخ لرؤيتها)",
            "Showing {from} – {to}; {n} events dated outside it (use the date filter to see them)"],
  per_day: ["عدد الأحداث في اليوم حسب الفئة", "Events per day by category"],
  per_week: ["عدد الأحداث في الأسبوع حسب الفئة", "Events per week by category"],
  per_month: ["عدد الأحداث في الشهر حسب الفئة", "Events per month by category"],
  cf_actor: ["روايات مختلفة عمّن نفّذ", "Accounts differ on who did it"],
  cf_status: ["مصدر يؤكد ما ينفيه آخر", "One source asserts what another denies"],
  cf_dead: ["أعداد القتلى مختلفة: {lo}–{hi}", "Death tolls differ: {lo}–{hi}"],
  cf_injured: ["أعداد الجرحى مختلفة: {lo}–{hi}", "Injury counts differ: {lo}–{hi}"],
  why: ["سبب الدمج", "Why merged"],
  why_first: ["أول تقرير عن الحدث", "first report of the event"],
  why_place: ["المكان", "place"],
  why_actor: ["الفاعل", "actor"],
  why_target: ["المستهدف", "target"],
  why_days: ["الفارق {n} يوم", "{n} day(s) apart"],
  why_wording: ["الصياغة نفسها ({p}٪)", "same wording ({p}%)"],
  how_same: ["نفسه", "same"],
  how_within: ["ضمنه", "within"],
  how_near: ["على بعد {km} كم", "{km} km away"],
  how_part: ["جزء منه", "part of it"],
  how_country: ["البلد نفسه", "same country"],
};

export const CATEGORIES = {
  AGREE: ["اتفاق", "Agree"], CONSULT: ["تشاور", "Consult"], SUPPORT: ["دعم", "Support"],
  CONCEDE: ["تنازل", "Concede"], COOPERATE: ["تعاون", "Cooperate"], AID: ["مساعدة", "Aid"],
  RETREAT: ["انسحاب وإفراج", "Retreat"], REQUEST: ["مطالبة", "Request"], ACCUSE: ["اتهام", "Accuse"],
  REJECT: ["رفض", "Reject"], THREATEN: ["تهديد", "Threaten"], PROTEST: ["احتجاج", "Protest"],
  SANCTION: ["عقوبات", "Sanction"], MOBILIZE: ["حشد", "Mobilize"], COERCE: ["إكراه", "Coerce"],
  ASSAULT: ["اعتداء", "Assault"],
};

export const QUAD_OF = {
  AGREE: "verbal-cooperation", CONSULT: "verbal-cooperation", SUPPORT: "verbal-cooperation",
  CONCEDE: "verbal-cooperation", COOPERATE: "material-cooperation", AID: "material-cooperation",
  RETREAT: "material-cooperation", REQUEST: "verbal-conflict", ACCUSE: "verbal-conflict",
  REJECT: "verbal-conflict", THREATEN: "verbal-conflict", PROTEST: "material-conflict",
  SANCTION: "material-conflict", MOBILIZE: "material-conflict", COERCE: "material-conflict",
  ASSAULT: "material-conflict",
};

// One hue family per quad: greens for cooperation, oranges/reds for conflict.
export const CATEGORY_COLOR = {
  AGREE: "#8fd19e", CONSULT: "#5cb574", SUPPORT: "#a8d5a2", CONCEDE: "#3f9a5a",
  COOPERATE: "#1f7a8c", AID: "#2e9cca", RETREAT: "#145c6e",
  REQUEST: "#f2b95b", ACCUSE: "#e8983a", REJECT: "#d9822b", THREATEN: "#c46a1c",
  PROTEST: "#d46a6a", SANCTION: "#b84a62", MOBILIZE: "#9c3d54", COERCE: "#a33a3a", ASSAULT: "#7a1f1f",
};

export const QUAD_COLOR = {
  "verbal-cooperation": "#4caf6a", "material-cooperation": "#1f7a8c",
  "verbal-conflict": "#e8983a", "material-conflict": "#b22b2b",
};

let lang = localStorage.getItem("rasd.lang") === "en" ? "en" : "ar";

export function getLang() { return lang; }

export function setLang(l) {
  lang = l === "en" ? "en" : "ar";
  localStorage.setItem("rasd.lang", lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "en" ? "ltr" : "rtl";
}

export function t(key, vars) {
  const entry = LABELS[key];
  let str = entry ? entry[lang === "en" ? 1 : 0] : key;
  for (const [k, v] of Object.entries(vars || {})) str = str.replace("{" + k + "}", String(v));
  return str;
}

export function catName(c) {
  const e = CATEGORIES[c];
  return e ? e[lang === "en" ? 1 : 0] : String(c);
}

export function quadName(q) {
  return q ? t("quad_" + String(q).replace(/[- ]/g, "_")) : "—";
}

export function quadOf(e) {
  const q = e && e.quad ? String(e.quad).toLowerCase().replace(/[ _]/g, "-") : null;
  return q && QUAD_COLOR[q] ? q : QUAD_OF[e && (e.type || e.category)] || null;
}
