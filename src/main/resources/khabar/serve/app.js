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
  document.getElementById("message").textContent = text || "";
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

function renderActive(params) {
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
      }, v + " ×"));
    }
  }
}

/** An entity's label: its Arabic name, else its English name, else the id. */
function label(names, id) {
  const n = (names || {})[id];
  return n ? (n.name_ar || n.name || id) : id;
}

function chip(names, e) {
  const n = (names || {})[e];
  return el("a", { class: "chip" + (n ? " " + n.type : ""), href: "#/entity/" + encodeURIComponent(e), title: n ? n.name : e }, label(names, e));
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
  document.getElementById("summary").textContent = r.total + " نتيجة";
  const list = document.getElementById("results");
  list.replaceChildren(...r.hits.map((h) => {
    const href = safeHref(h.url);
    return el("li", { class: "hit", "data-id": h.id },
      el("h2", {}, el("a", { href: "#/article/" + encodeURIComponent(h.id) }, h.title || h.url)),
      el("div", { class: "meta" }, [h.source, h.published ? h.published.slice(0, 10) : null].filter(Boolean).join(" · "),
        href ? " · " : null, href ? el("a", { href, rel: "noopener noreferrer", target: "_blank" }, "المصدر") : null),
      snippet(h.snippet),
      el("div", { class: "chips" }, ...h.entities.slice(0, 12).map((e) => chip(r.names, e))));
  }));
  renderFacets(r.facets, r.names, params);
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

function renderFacets(facets, names, params) {
  const box = document.getElementById("facets");
  box.replaceChildren();
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
      }, el("span", {}, key === "entity" ? label(names, v) : v), el("span", { class: "count" }, n))))));
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
  box.append(el("h1", {}, a.title || ""),
    el("div", { class: "meta" }, [a.source, a.author, a.published ? a.published.slice(0, 10) : null].filter(Boolean).join(" · "),
      href ? " · " : null, href ? el("a", { href, rel: "noopener noreferrer", target: "_blank", id: "original" }, "النص الأصلي") : null));
  const text = a.text || "";
  const body = el("div", { class: "article-text" });
  let at = 0;
  for (const m of [...a.mentions].sort((x, y) => x.start - y.start)) {
    if (m.start < at || m.end > text.length) continue;
    body.append(document.createTextNode(text.slice(at, m.start)));
    let title = TYPE_AR[m.type] + ": " + (m.name || m.id);
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
    el("h1", {}, e.name_ar || e.name, " ", el("small", { class: "meta" }, e.name)),
    el("div", { class: "meta" }, TYPE_AR[e.type] + " · " + e.articles + " مقالة"),
    el("p", {}, "أسماء أخرى: ", e.aliases.join("، ")),
    el("h3", {}, "الإشارات في كل شهر"), bars(e.mentions_per_month),
    el("h3", {}, "كيانات تَرِد معه"),
    el("div", { class: "chips", id: "cooccurring" }, ...e.cooccurring.map((c) =>
      el("a", { class: "chip " + c.type, href: "#/entity/" + encodeURIComponent(c.id) }, (c.name_ar || c.name) + " (" + c.articles + ")"))),
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
  window.addEventListener("hashchange", render);
  render();
});
