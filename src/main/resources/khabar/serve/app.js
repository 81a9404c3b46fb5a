// Khabar search page. All untrusted text is set with textContent / createTextNode; no HTML
// string from the API is ever parsed, so article text cannot inject markup or script.
"use strict";

const TYPE_AR = { COMPANY: "شركة", CHIP: "شريحة", PERSON: "شخص", MONEY: "مبلغ" };
const FACET_AR = { company: "الشركات", chip: "الرقائق", person: "الأشخاص", source: "المصادر", month: "الأشهر" };
const FILTER_KEYS = ["q", "entity", "type", "from", "to", "source", "min_usd", "max_usd", "sort"];
const PAGE = 10;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function safeHref(url) {
  try {
    const u = new URL(url, location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) {
    return null;
  }
}

// The highlighter escapes the passage and marks matches with <mark>…</mark>; undo the escaping
// ourselves and build text nodes, instead of handing the string to the HTML parser.
function unescape(s) {
  return s.replace(/&(amp|lt|gt|quot|#x27|#39|#x2F|#47);/g, (m, g) =>
    ({ amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", "#x2F": "/", "#47": "/" })[g]);
}

function snippet(s) {
  const p = el("p", { class: "snippet" });
  const parts = (s || "").split(/<\/?(?:mark|b)>/);
  parts.forEach((part, i) => p.append(i % 2 ? el("mark", {}, unescape(part)) : document.createTextNode(unescape(part))));
  return p;
}

function route() {
  const h = location.hash || "#/";
  const [path, query] = h.slice(1).split("?");
  return { path, params: new URLSearchParams(query || "") };
}

function go(path, params) {
  const q = params ? params.toString() : "";
  location.hash = "#" + path + (q ? "?" + q : "");
}

async function api(path, params) {
  const r = await fetch(path + (params ? "?" + params.toString() : ""), { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: "استجابة غير مفهومة من الخادم" }));
  if (!r.ok) throw new Error(body.error || "خطأ " + r.status);
  return body;
}

function show(view) {
  for (const id of ["search-view", "article-view", "entity-view"]) {
    document.getElementById(id).hidden = id !== view;
  }
  if (view !== "search-view") document.getElementById("active").replaceChildren();
}

function message(text) {
  const m = document.getElementById("message");
  m.textContent = text || "";
  m.setAttribute("dir", "rtl");
}

function fillForm(params) {
  for (const k of ["q", "from", "to", "min_usd", "max_usd", "sort"]) {
    const input = document.getElementById(k);
    if (input) input.value = params.get(k) || (k === "sort" ? "relevance" : "");
  }
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) for (const v of params.getAll(k)) if (v) out.append(k, v);
  return out;
}

/** What a filter chip says: the entity's name, the type in Arabic, a formatted dollar amount. */
function filterLabel(k, v, names) {
  if (k === "entity") return label(names, v);
  if (k === "type") return TYPE_AR[v.toUpperCase()] || v;
  if (k === "min_usd") return "≥ " + usd(v);
  if (k === "max_usd") return "≤ " + usd(v);
  if (k === "from") return "من " + v;
  if (k === "to") return "إلى " + v;
  return v;
}

function renderActive(params, names) {
  const box = document.getElementById("active");
  box.replaceChildren();
  for (const k of ["entity", "type", "source", "from", "to", "min_usd", "max_usd"]) {
    for (const v of params.getAll(k)) {
      box.append(el("button", {
        type: "button", title: "إزالة", "data-filter": k,
        on: { click: () => {
          const p = new URLSearchParams(params);
          const rest = p.getAll(k).filter((x) => x !== v);
          p.delete(k);
          rest.forEach((x) => p.append(k, x));
          p.delete("offset");
          go("/search", p);
        } },
      }, filterLabel(k, v, names) + " ×"));
    }
  }
}

/**
 * An entity's label: its Arabic name, else its English name; a candidate (a name no gazetteer
 * lists) is marked so. Never a raw candidate key.
 */
function label(names, id) {
  const n = (names || {})[id];
  const name = n ? (n.name_ar || n.name || id) : id.startsWith("cand:") ? id.split(":").slice(2).join(":").replace(/-/g, " ") : id;
  return n && n.candidate || id.startsWith("cand:") ? name + " (مرشّح)" : name;
}

function chip(names, e) {
  const n = (names || {})[e];
  return el("a", { class: "chip" + (n ? " " + n.type : "") + (n && n.candidate ? " candidate" : ""), href: "#/entity/" + encodeURIComponent(e), title: n ? n.name || n.name_ar : e }, label(names, e));
}

async function renderSearch(params) {
  show("search-view");
  fillForm(params);
  renderActive(params);
  const filters = filterParams(params);
  document.getElementById("export-csv").href = "/api/export?" + new URLSearchParams([...filters, ["format", "csv"]]).toString();
  document.getElementById("export-jsonl").href = "/api/export?" + new URLSearchParams([...filters, ["format", "jsonl"]]).toString();
  const offset = Number(params.get("offset") || 0);
  const q = new URLSearchParams(filters);
  q.set("limit", PAGE);
  q.set("offset", offset);
  const mine = navigation;
  let r;
  try {
    r = await api("/api/search", q);
    if (mine !== navigation) return;
    message("");
  } catch (e) {
    if (mine !== navigation) return;
    message(e.message);
    document.getElementById("results").replaceChildren();
    document.getElementById("summary").textContent = "";
    return;
  }
  renderActive(params, r.names);
  const summary = document.getElementById("summary");
  summary.replaceChildren(r.total ? r.total + " نتيجة" : "لا نتائج لهذا البحث.");
  if (!r.total && (r.did_you_mean || []).length) {
    summary.append(" هل تقصد: ", ...r.did_you_mean.flatMap((s, i) => {
      const p = new URLSearchParams(filters);
      p.set("q", s);
      return [i ? "، " : null, el("a", { class: "suggestion", href: "#/search?" + p.toString(), dir: "auto" }, s)];
    }).filter(Boolean), "؟");
  }
  document.getElementById("expanded").textContent = r.total && (r.expanded || []).length
    ? "تشمل النتائج المقالات التي تذكر: " + r.expanded.map((e) => label(r.names, e)).join("، ") + " (بأي اسم من أسمائه)"
    : "";
  const list = document.getElementById("results");
  list.replaceChildren(...r.hits.map((h) => {
    const href = safeHref(h.url);
    return el("li", { class: "hit", "data-id": h.id },
      el("h2", {}, el("a", { href: "#/article/" + encodeURIComponent(h.id) }, h.title || h.url)),
      el("div", { class: "meta" }, [h.source, h.published ? h.published.slice(0, 10) : null].filter(Boolean).join(" · "),
        href ? " · " : null, href ? el("a", { href, rel: "noopener noreferrer", target: "_blank" }, "المصدر") : null),
      h.matched === "entity" ? el("div", { class: "why meta" }, "وُجدت لأنها تذكر الكيان باسم آخر") : null,
      snippet(h.snippet),
      el("div", { class: "chips" }, ...h.entities.slice(0, 12).map((e) => chip(r.names, e))));
  }));
  renderFacets(r.facets, r.names, params, r.facet_counts);
  const pager = document.getElementById("pager");
  pager.replaceChildren();
  if (offset > 0) pager.append(el("button", { type: "button", on: { click: () => page(params, offset - PAGE) } }, "السابق"));
  if (offset + PAGE < r.total) pager.append(el("button", { type: "button", on: { click: () => page(params, offset + PAGE) } }, "التالي"));
}

function page(params, offset) {
  const p = new URLSearchParams(params);
  p.set("offset", Math.max(0, offset));
  go("/search", p);
}

function renderFacets(facets, names, params, counts) {
  const box = document.getElementById("facets");
  box.replaceChildren();
  // beyond many matches the server counts facets on a sample: the counts are estimates, marked ≈
  const approx = counts && counts.approximate ? "≈" : "";
  if (approx) {
    box.append(el("p", { class: "meta", "data-approximate": "true" },
      "أعداد تقديرية من عينة من " + Number(counts.sample).toLocaleString("ar") + " نتيجة"));
  }
  for (const [name, values] of Object.entries(facets || {})) {
    const entries = Object.entries(values);
    if (!entries.length) continue;
    const key = name === "source" ? "source" : name === "month" ? null : "entity";
    box.append(el("h3", {}, FACET_AR[name] || name));
    box.append(el("ul", { "data-facet": name }, ...entries.slice(0, 10).map(([v, n]) => el("li", {},
      el("button", {
        type: "button", "data-value": v,
        on: { click: () => {
          const p = new URLSearchParams(params);
          p.delete("offset");
          if (key) {
            if (!p.getAll(key).includes(v)) p.append(key, v);
          } else {
            const [y, m] = v.split("-").map(Number);
            const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
            p.set("from", v + "-01");
            p.set("to", v + "-" + String(last).padStart(2, "0"));
          }
          go("/search", p);
        } },
      }, el("span", {}, key === "entity" ? label(names, v) : v), el("span", { class: "count" }, approx + n))))));
  }
}

function usd(n) {
  return "$" + Number(n).toLocaleString("en-US");
}

async function renderArticle(id) {
  show("article-view");
  const box = document.getElementById("article-view");
  box.replaceChildren();
  let a;
  try {
    a = await api("/api/article/" + encodeURIComponent(id));
    message("");
  } catch (e) {
    message(e.message);
    return;
  }
  const href = safeHref(a.url);
  box.append(
    el("p", { class: "back" }, el("a", { href: "#", id: "back", on: { click: (ev) => { ev.preventDefault(); back(); } } }, "→ العودة إلى النتائج")),
    el("h1", {}, a.title || ""),
    el("div", { class: "meta", id: "article-meta" },
      [a.source || "مصدر غير معروف", a.author, a.published ? a.published.slice(0, 10) : "بلا تاريخ"].filter(Boolean).join(" · "),
      href ? " · " : null, href ? el("a", { href, rel: "noopener noreferrer", target: "_blank", id: "original" }, "النص الأصلي") : null));
  box.append(summaryOf(a.mentions, a.names || {}));
  const text = a.text || "";
  const body = el("div", { class: "article-text" });
  let at = leadAfterTitle(text, a.title || "");
  for (const m of [...a.mentions].sort((x, y) => x.start - y.start)) {
    if (m.start < at || m.end > text.length) continue;
    body.append(document.createTextNode(text.slice(at, m.start)));
    let title = TYPE_AR[m.type] + ": " + (m.name || m.name_ar || m.text) + (m.candidate ? " (مرشّح)" : "");
    if (m.type === "MONEY") {
      title = m.usd !== undefined ? usd(m.usd) + " (" + m.qualifier + ")"
        : m.usd_min !== undefined ? usd(m.usd_min) + " – " + usd(m.usd_max) + " (" + m.qualifier + ")"
        : (m.amount !== undefined ? m.amount : m.min + "–" + m.max) + " " + m.currency + " (" + m.qualifier + ")";
    }
    const span = el("span", { class: "m " + m.type, title, "data-type": m.type, "data-id": m.id },
      text.slice(m.start, m.end), el("span", { class: "label" }, TYPE_AR[m.type]));
    body.append(m.type === "MONEY" ? span : el("a", { href: "#/entity/" + encodeURIComponent(m.id), class: "mlink" }, span));
    at = m.end;
  }
  body.append(document.createTextNode(text.slice(at)));
  box.append(body);
}

/**
 * Where the body starts once the lines that repeat the title are left out: the title as the
 * first line, or as the second after a short line (a date line, shown in the meta line instead).
 */
function leadAfterTitle(text, title) {
  const t = title.trim();
  if (!t) return 0;
  const lines = text.split("\n");
  let at = 0;
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    const line = lines[i].trim();
    at += lines[i].length + 1;
    if (line === t) return Math.min(text.length, at + text.slice(at).match(/^\s*/)[0].length);
    if (line && line.length > 40) return 0; // a paragraph before the title: show everything
  }
  return 0;
}

/** The article's entities, each once, most mentioned first, as chips; money as a count. */
function summaryOf(mentions, names) {
  const counts = new Map();
  let money = 0;
  for (const m of mentions) {
    if (m.type === "MONEY") { money++; continue; }
    const c = counts.get(m.id) || { m, n: 0 };
    c.n++;
    counts.set(m.id, c);
  }
  const box = el("div", { class: "entity-summary", id: "entity-summary" });
  if (!counts.size && !money) return el("p", { class: "meta", id: "entity-summary" }, "لم يُعثر في هذه المقالة على كيانات.");
  box.append(el("span", { class: "meta" }, "في هذه المقالة: "));
  for (const { m, n } of [...counts.values()].sort((a, b) => b.n - a.n)) {
    const name = (m.name_ar || m.name || m.text) + (m.candidate ? " (مرشّح)" : "");
    box.append(el("a", { class: "chip " + m.type + (m.candidate ? " candidate" : ""), href: "#/entity/" + encodeURIComponent(m.id) }, name + (n > 1 ? " ×" + n : "")));
  }
  if (money) box.append(el("span", { class: "meta" }, " · " + money + " مبلغ"));
  return box;
}

/** Back to the page the reader came from, or to the search page when the article was opened directly. */
function back() {
  go("/search", new URLSearchParams(lastSearch || ""));
}

let lastSearch = null;

function bars(months) {
  const entries = Object.entries(months || {});
  const ns = "http://www.w3.org/2000/svg";
  const w = Math.max(240, entries.length * 48), h = 140;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "bars");
  svg.setAttribute("direction", "ltr");
  svg.setAttribute("viewBox", "0 0 " + w + " " + h);
  svg.setAttribute("width", w);
  svg.setAttribute("height", h);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "الإشارات في كل شهر");
  const max = Math.max(1, ...entries.map(([, n]) => n));
  entries.forEach(([m, n], i) => {
    const bh = Math.round((n / max) * (h - 40));
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("x", i * 48 + 8);
    r.setAttribute("y", h - 22 - bh);
    r.setAttribute("width", 32);
    r.setAttribute("height", bh);
    const t = document.createElementNS(ns, "title");
    t.textContent = m + ": " + n;
    r.append(t);
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", i * 48 + 4);
    label.setAttribute("y", h - 6);
    label.textContent = m;
    const count = document.createElementNS(ns, "text");
    count.setAttribute("x", i * 48 + 18);
    count.setAttribute("y", h - 26 - bh);
    count.textContent = n;
    svg.append(r, label, count);
  });
  if (!entries.length) return el("p", { class: "meta", id: "no-dates" }, "لا توجد مقالات مؤرخة تذكره، فلا رسم بياني.");
  return svg;
}

async function renderEntity(id) {
  show("entity-view");
  const box = document.getElementById("entity-view");
  box.replaceChildren();
  let e;
  try {
    e = await api("/api/entity/" + encodeURIComponent(id));
    message("");
  } catch (err) {
    message(err.message);
    return;
  }
  box.append(
    el("h1", {}, e.name_ar || e.name, " ", el("small", { class: "meta" }, e.name_ar ? e.name : "")),
    el("div", { class: "meta", id: "entity-kind" }, TYPE_AR[e.type] + (e.candidate ? " · مرشّح: اسم لا تعرفه قوائم الكيانات" : "") + " · " + e.articles + " مقالة"),
    e.aliases.length ? el("p", {}, "أسماء أخرى: ", e.aliases.join("، ")) : null,
    el("h3", {}, "الإشارات في كل شهر"), bars(e.mentions_per_month),
    el("h3", {}, "كيانات تَرِد معه"),
    el("div", { class: "chips", id: "cooccurring" }, ...e.cooccurring.map((c) =>
      el("a", { class: "chip " + c.type, href: "#/entity/" + encodeURIComponent(c.id) }, (c.name_ar || c.name) + (c.candidate ? " (مرشّح)" : "") + " (" + c.articles + ")"))),
    el("h3", {}, "أحدث المقالات"),
    el("ol", { class: "results" }, ...e.latest.map((h) => el("li", { class: "hit" },
      el("a", { href: "#/article/" + encodeURIComponent(h.id) }, h.title || h.url),
      el("div", { class: "meta" }, h.published ? h.published.slice(0, 10) : "")))),
    el("p", {}, el("a", { href: "#/search?entity=" + encodeURIComponent(e.id) }, "كل المقالات التي تذكره")));
}

// Each navigation bumps this; a response that arrives after a newer navigation is dropped, so a
// slow early request (the empty search on page load) never overwrites the page the user asked for.
let navigation = 0;

function render() {
  navigation++;
  const { path, params } = route();
  if (!path.startsWith("/article/") && !path.startsWith("/entity/")) lastSearch = params.toString();
  if (path.startsWith("/article/")) return renderArticle(decodeURIComponent(path.slice(9)));
  if (path.startsWith("/entity/")) return renderEntity(decodeURIComponent(path.slice(8)));
  return renderSearch(params);
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const { params } = route();
    const p = new URLSearchParams();
    for (const k of ["entity", "type", "source"]) for (const v of params.getAll(k)) p.append(k, v);
    for (const k of ["q", "from", "to", "min_usd", "max_usd", "sort"]) {
      const v = document.getElementById(k).value.trim();
      if (v && !(k === "sort" && v === "relevance")) p.set(k, v);
    }
    go("/search", p);
  });
  // A shared search link /?q=…&entity=… opens that search.
  const shared = filterParams(new URLSearchParams(location.search));
  if ([...shared].length && (!location.hash || location.hash === "#/")) {
    history.replaceState(null, "", location.pathname + "#/search?" + shared.toString());
  }
  window.addEventListener("hashchange", render);
  render();
});
