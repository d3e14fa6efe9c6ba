// dateline web view. Plain JS, no framework.
// Security: everything that comes from an article or a request is untrusted. The DOM is built with
// createElement + textContent only; no data ever goes through innerHTML.
"use strict";

(function () {
  const PAGE_SIZE = 50;
  // One fixed colour per type of our ontology (dateline/extract/ontology.py), grouped by family: blues for
  // peaceful protest, oranges and browns for crowd violence, reds and purples for armed violence.
  const TYPE_COLORS = {
    protest: "#2f7ed8", commemoration: "#6a5acd", strike: "#0b9fb3",
    riot: "#e8743b", vandalism: "#c9a100", property_destruction: "#a0522d",
    attack: "#d64545", armed_clash: "#8e3b8e", explosion: "#7a1f1f", abduction: "#c2185b",
    arrest: "#5b6b7f", state_repression: "#3f8f3a",
  };
  const FALLBACK_COLORS = ["#4c9f70", "#c77d2a", "#3d5a98", "#9c6644", "#5e60ce", "#0081a7", "#a05195"];
  // One colour per field, the same in every card, so a reader learns that yellow is the place, green the date...
  const FIELD_COLORS = {
    location: "#ffd166", country: "#f3e39a", admin1: "#f6d9a0",
    date: "#a0e7a0", date_start: "#a0e7a0", date_end: "#c6efb4",
    event_type: "#f7a8c4", trigger: "#f5cba7",
    actor1: "#9ad0f5", actor2: "#c9b6f2", assoc_actor_1: "#bfe0f7", assoc_actor_2: "#ddd0f7",
    fatalities: "#f2a5a5", injured: "#ffb38a", arrested: "#b8c4ff", crowd_size: "#8fe3d8",
    claims: "#e0c3e8", claimed_by: "#b5d99c", reported_by: "#cfd8e3", notes: "#e6e48a",
  };
  const SPARE_COLORS = ["#ffcf9e", "#b0e0c8", "#d4c4fb", "#f9c0d6", "#c3e6a8", "#a8d8ea", "#f1d6b8"];
  const PRECISION_DAYS = { 1: "exact day", 2: "within a week", 3: "within a month" };
  const GEO_PRECISION = {
    city: "the town itself", near: "near the town", region: "region only", country: "country only",
  };

  const state = {
    filters: { q: "", types: [], country: "", admin1: "", actor: "", source: "", party: "", doc: "" },
    start: null, end: null,
    sort: "date", offset: 0,
    config: { token_required: false, tiles_url: null, max_body_bytes: 2097152 },
    reportName: "",
  };
  let pendingLoads = 0;
  let reloadTimer = null;

  // ---------- small helpers ----------
  const $ = (id) => document.getElementById(id);

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === "className") node.className = value;
        else if (key === "text") node.textContent = String(value);
        else if (key === "dataset") Object.assign(node.dataset, value);
        else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? "" : String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    return node;
  }

  function typeColor(type) {
    if (!type) return "#777";
    if (TYPE_COLORS[type]) return TYPE_COLORS[type];
    // a type outside the ontology: a colour from its name, so it is the same on every visit
    let hash = 0;
    for (const ch of type) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
    return FALLBACK_COLORS[hash % FALLBACK_COLORS.length];
  }

  const label = (value) => (value ? String(value).replace(/_/g, " ") : "");
  const cap = (value) => { const s = label(value); return s.charAt(0).toUpperCase() + s.slice(1); };

  function parseDay(iso) { const [y, m, d] = iso.split("-").map(Number); return Date.UTC(y, m - 1, d); }
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function prettyDay(iso, withYear = true) {
    if (!iso) return "";
    const opts = { day: "numeric", month: "short", timeZone: "UTC" };
    if (withYear) opts.year = "numeric";
    return new Date(parseDay(iso)).toLocaleDateString("en-GB", opts);
  }
  function dateRange(ev) {
    if (!ev.date_start) return "date unknown";
    if (!ev.date_end || ev.date_end === ev.date_start) return prettyDay(ev.date_start);
    return `${prettyDay(ev.date_start, false)} – ${prettyDay(ev.date_end)}`;
  }
  const DAY = 86400000;

  function magnitude(ev) { return (ev.fatalities || 0) + (ev.injured || 0) + (ev.arrested || 0); }

  function setBusy(delta) {
    pendingLoads += delta;
    $("progress").hidden = pendingLoads <= 0;
  }

  function showBanner(message) {
    const banner = $("banner");
    banner.replaceChildren(el("span", { text: message }),
      el("button", { className: "link", type: "button", text: "Dismiss", onclick: () => { banner.hidden = true; } }));
    banner.classList.remove("ok");
    banner.hidden = false;
  }

  async function api(path, options) {
    setBusy(1);
    try {
      const response = await fetch(path, options);
      let body = null;
      try { body = await response.json(); } catch (_) { body = null; }
      if (!response.ok) {
        let detail = body && body.detail;
        if (Array.isArray(detail)) detail = detail.map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ");
        const error = new Error(detail || `${response.status} ${response.statusText}`);
        error.status = response.status;
        throw error;
      }
      return body;
    } finally {
      setBusy(-1);
    }
  }

  // ---------- query string of the current filters ----------
  function filterParams({ withDates = true } = {}) {
    const p = new URLSearchParams();
    const f = state.filters;
    if (f.q) p.set("q", f.q);
    for (const t of f.types) p.append("type", t);
    if (f.country) p.set("country", f.country);
    if (f.admin1) p.set("admin1", f.admin1);
    if (f.actor) p.set("actor", f.actor);
    if (f.source) p.set("source", f.source);
    if (f.party) p.set("source_is_party", f.party);
    if (f.doc) p.set("doc", f.doc);
    if (withDates && state.start) p.set("start", state.start);
    if (withDates && state.end) p.set("end", state.end);
    return p;
  }

  // ---------- map ----------
  let map = null;
  let clusters = null;
  let eventBounds = null;  // the extent of the events on the map, to fit it again when the layout changes
  const markersById = new Map();
  // Without a tile layer the 1:110m outlines carry no detail past zoom 7, and closer views lose all context.
  const maxZoom = () => (state.config.tiles_url ? 17 : 7);
  const fitZoom = () => (state.config.tiles_url ? 11 : 5);

  function initMap() {
    map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, attributionControl: true, minZoom: 1,
      maxZoom: maxZoom() });
    map.attributionControl.setPrefix("Leaflet");
    map.createPane("outline");
    map.getPane("outline").style.zIndex = 250;
    map.setView([25, 20], 2);
    if (state.config.tiles_url) {
      L.tileLayer(state.config.tiles_url, { maxZoom: 18, attribution: "Map tiles: configured tile server" }).addTo(map);
    }
    fetch("/static/vendor/countries-110m.geojson").then((r) => r.json()).then((world) => {
      L.geoJSON(world, {
        pane: "outline", interactive: false,
        style: { color: "#9aa7b4", weight: 0.8, fillColor: state.config.tiles_url ? "transparent" : "#eef1f4", fillOpacity: 1 },
      }).addTo(map);
      map.attributionControl.addAttribution("Outlines: Natural Earth");
    }).catch(() => showBanner("Could not load the country outlines."));
    clusters = newClusterGroup();
  }

  // Each render gets a new group rather than clearing the old one: a zoomToShowLayer still under way when the
  // filters change then finds its marker gone from the map and stops, instead of failing on a removed marker.
  function newClusterGroup() {
    if (clusters) map.removeLayer(clusters);
    const group = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon,
    });
    map.addLayer(group);
    return group;
  }

  function clusterIcon(cluster) {
    const children = cluster.getAllChildMarkers();
    const byType = {};
    for (const m of children) byType[m.options.eventType] = (byType[m.options.eventType] || 0) + 1;
    const dominant = Object.entries(byType).sort((a, b) => b[1] - a[1])[0][0];
    const size = 30 + Math.min(20, Math.round(Math.log2(children.length) * 4));
    const node = el("div", { className: "cluster", title: `${children.length} events` }, el("span", { text: children.length }));
    node.style.borderColor = typeColor(dominant);
    node.style.width = node.style.height = `${size}px`;
    return L.divIcon({ html: node, className: "cluster-icon", iconSize: L.point(size, size) });
  }

  function eventMarker(ev) {
    const size = Math.round(14 + Math.min(18, 5 * Math.log2(1 + magnitude(ev))));
    const dot = el("div", { className: "dot" });
    dot.style.background = typeColor(ev.event_type);
    dot.style.width = dot.style.height = `${size}px`;
    const icon = L.divIcon({ html: dot, className: "event-marker", iconSize: L.point(size, size) });
    const marker = L.marker([ev.lat, ev.lon], {
      icon, eventType: ev.event_type, keyboard: true,
      title: `${cap(ev.event_type)} · ${ev.location || "unknown place"} · ${dateRange(ev)}`,
      alt: `${cap(ev.event_type)} in ${ev.location || "unknown place"}`,
    });
    marker.on("click", () => openEvent(ev.event_id));
    return marker;
  }

  function renderMap(events) {
    clusters = newClusterGroup();
    markersById.clear();
    const located = events.filter((ev) => typeof ev.lat === "number" && typeof ev.lon === "number");
    const markers = located.map((ev) => { const m = eventMarker(ev); markersById.set(ev.event_id, m); return m; });
    clusters.addLayers(markers);
    $("map").dataset.markers = String(markers.length);
    const empty = $("map-empty");
    if (!events.length) {
      empty.hidden = false;
      $("map-empty-text").textContent = hasFilters() ? "No events match these filters." :
        "The database has no events yet. Use “Analyze a report” to add one.";
    } else if (!located.length) {
      empty.hidden = false;
      $("map-empty-text").textContent = "These events have no coordinates; see the table below.";
    } else {
      empty.hidden = true;
      eventBounds = L.latLngBounds(located.map((ev) => [ev.lat, ev.lon]));
      fitToEvents();
    }
    const unplaced = events.length - located.length;
    $("map").dataset.unplaced = String(unplaced);
  }

  function fitToEvents() {
    if (eventBounds) map.fitBounds(eventBounds.pad(0.25), { maxZoom: fitZoom(), animate: false });
  }

  // Mark the event's point, or the cluster holding it, as the one the card shows.
  function markSelected(marker) {
    document.querySelectorAll(".leaflet-marker-icon.selected").forEach((n) => n.classList.remove("selected"));
    const shown = marker && clusters.getVisibleParent(marker);
    const icon = shown && shown.getElement ? shown.getElement() : null;
    if (icon) icon.classList.add("selected");
  }

  function renderLegend(types) {
    const legend = $("map-legend");
    legend.replaceChildren();
    if (!types.length) { legend.hidden = true; return; }
    legend.hidden = false;
    legend.append(el("span", { className: "legend-title", text: "Colour: event type" }));
    for (const t of types) {
      const sw = el("span", { className: "swatch" });
      sw.style.background = typeColor(t);
      legend.append(el("span", { className: "legend-row" }, sw, cap(t)));
    }
    const small = el("span", { className: "legend-dot small-dot" });
    const big = el("span", { className: "legend-dot big-dot" });
    const ring = el("span", { className: "legend-ring", text: "5" });
    legend.append(el("span", { className: "legend-note" }, small, big, "size: killed, injured or arrested"),
      el("span", { className: "legend-note" }, ring, "a cluster of 5 events"));
  }

  // ---------- filters ----------
  function hasFilters() {
    const f = state.filters;
    return Boolean(f.q || f.types.length || f.country || f.admin1 || f.actor || f.source || f.party || f.doc
      || state.start || state.end);
  }

  function fillSelect(select, rows, allLabel, current, describe) {
    const options = [el("option", { value: "", text: allLabel })];
    for (const row of rows) {
      if (!row.key) continue;
      options.push(el("option", { value: row.key, text: `${describe ? describe(row.key) : row.key} (${row.count})` }));
    }
    select.replaceChildren(...options);
    select.value = current;
    if (select.value !== current) {
      select.append(el("option", { value: current, text: current }));
      select.value = current;
    }
  }

  function fillDatalist(list, rows) {
    list.replaceChildren(...rows.filter((r) => r.key).map((r) => el("option", { value: r.key })));
  }

  function countryName(code) {
    try { return new Intl.DisplayNames(["en"], { type: "region" }).of(code) || code; } catch (_) { return code; }
  }

  function renderTypeList(rows) {
    const list = $("type-list");
    list.replaceChildren();
    const keys = new Set(rows.map((r) => r.key));
    for (const t of state.filters.types) if (!keys.has(t)) rows.push({ key: t, count: 0 });
    if (!rows.length) { list.append(el("span", { className: "muted", text: "No events yet" })); return; }
    for (const row of rows) {
      const box = el("input", { type: "checkbox", value: row.key });
      box.checked = state.filters.types.includes(row.key);
      box.addEventListener("change", () => {
        const chosen = [...list.querySelectorAll("input:checked")].map((i) => i.value);
        state.filters.types = chosen;
        reload();
      });
      const sw = el("span", { className: "swatch" });
      sw.style.background = typeColor(row.key);
      list.append(el("label", { className: "type-row" }, box, sw, el("span", { className: "grow", text: cap(row.key) }),
        el("span", { className: "count", text: row.count })));
    }
  }

  function readForm() {
    const f = state.filters;
    f.q = $("filter-q").value.trim();
    f.country = $("filter-country").value;
    f.admin1 = $("filter-admin1").value;
    f.actor = $("filter-actor").value.trim();
    f.source = $("filter-source").value.trim();
    f.party = document.querySelector("input[name=party]:checked").value;
  }

  function bindFilters() {
    const form = $("filter-form");
    form.addEventListener("submit", (e) => { e.preventDefault(); readForm(); reload(); });
    for (const id of ["filter-country", "filter-admin1"]) $(id).addEventListener("change", () => { readForm(); reload(); });
    for (const input of form.querySelectorAll("input[name=party]")) input.addEventListener("change", () => { readForm(); reload(); });
    for (const id of ["filter-q", "filter-actor", "filter-source"]) {
      $(id).addEventListener("input", () => {
        clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => { readForm(); reload(); }, 300);
      });
    }
    $("filter-reset").addEventListener("click", resetFilters);
    $("empty-reset").addEventListener("click", resetFilters);
    $("report-filter-clear").addEventListener("click", () => { state.filters.doc = ""; reload(); });
    $("filters-toggle").addEventListener("click", () => {
      const open = document.body.classList.toggle("filters-open");
      $("filters-toggle").setAttribute("aria-expanded", String(open));
    });
  }

  function resetFilters() {
    $("filter-form").reset();
    state.filters = { q: "", types: [], country: "", admin1: "", actor: "", source: "", party: "", doc: "" };
    state.start = state.end = null;
    reload();
  }

  // ---------- timeline ----------
  // Bars are days, or weeks or months when days would be thinner than a few pixels; each bin knows its first
  // and last day, so a brushed range of bins is a range of dates.
  let timelineBins = [];
  let brush = null;
  const MIN_BAR_PX = 4;

  function binUnit(first, last, width) {
    const days = (last - first) / DAY + 1;
    if (days * MIN_BAR_PX <= width) return "day";
    if ((days / 7) * MIN_BAR_PX <= width) return "week";
    return "month";
  }

  function binStart(t, unit) {
    const d = new Date(t);
    if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;  // weeks start on Monday
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    return t;
  }

  function nextBin(t, unit) {
    if (unit === "week") return t + 7 * DAY;
    if (unit === "month") { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }
    return t + DAY;
  }

  function binName(bin, unit, short = false) {
    if (unit === "month") {
      return new Date(parseDay(bin.iso)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
    }
    if (unit === "week" && !short) return `Week of ${prettyDay(bin.iso)}`;
    return prettyDay(bin.iso, !short);
  }

  let lastByDay = [];
  function renderTimeline(byDay) {
    lastByDay = byDay;
    const svgEl = $("timeline");
    svgEl.replaceChildren();
    timelineBins = [];
    $("timeline-empty").hidden = byDay.length > 0;
    $("timeline-empty").textContent = hasFilters() ? "No dated events match these filters." : "No dated events yet.";
    if (!byDay.length) return;
    const width = svgEl.clientWidth || 800;
    const height = svgEl.clientHeight || 96;
    let first = parseDay(byDay[0].key);
    let last = parseDay(byDay[byDay.length - 1].key);
    const minSpan = 13 * DAY;
    if (last - first < minSpan) {
      const pad = Math.ceil((minSpan - (last - first)) / 2 / DAY) * DAY;
      first -= pad; last += pad;
    }
    const unit = binUnit(first, last, width);
    for (let t = binStart(first, unit); t <= last; t = nextBin(t, unit)) {
      timelineBins.push({ iso: isoDay(t), end: isoDay(nextBin(t, unit) - DAY), count: 0 });
    }
    let i = 0;
    for (const row of byDay) {  // byDay is sorted, and so are the bins
      while (row.key > timelineBins[i].end) i++;
      timelineBins[i].count += row.count;
    }
    const axis = 18;
    const max = Math.max(...timelineBins.map((d) => d.count), 1);
    const step = width / timelineBins.length;
    svgEl.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const bars = svg("g", { class: "bars" });
    timelineBins.forEach((d, k) => {
      const h = d.count ? Math.max(2, ((height - axis - 14) * d.count) / max) : 0;
      const inRange = (!state.start || d.end >= state.start) && (!state.end || d.iso <= state.end);
      const bar = svg("rect", {
        x: k * step + Math.min(1, step * 0.15), y: height - axis - h, width: Math.max(1, step - Math.min(2, step * 0.3)),
        height: h, rx: Math.min(2, step / 4), class: inRange ? "bar" : "bar out",
      });
      const tip = svg("title");
      tip.textContent = `${binName(d, unit)}: ${d.count} event${d.count === 1 ? "" : "s"}`;
      bar.append(tip);
      bars.append(bar);
    });
    svgEl.append(bars);
    const labelEvery = Math.max(1, Math.ceil(timelineBins.length / Math.max(2, Math.floor(width / 70))));
    timelineBins.forEach((d, k) => {
      if (k % labelEvery !== 0) return;
      const x = k * step + step / 2;
      const anchor = x < 30 ? "start" : x > width - 30 ? "end" : "middle";
      const text = svg("text", { x: anchor === "start" ? 0 : anchor === "end" ? width : x, y: height - 4, class: "tick", "text-anchor": anchor });
      text.textContent = binName(d, unit, true);
      svgEl.append(text);
    });
    svgEl.append(svg("line", { x1: 0, x2: width, y1: height - axis, y2: height - axis, class: "axis" }));
    const peak = svg("text", { x: 2, y: 10, class: "tick peak" });
    peak.textContent = `${max} a ${unit}`;
    svgEl.append(peak);
    brush = svg("rect", { class: "brush", y: 0, height: height - axis, x: 0, width: 0 });
    svgEl.append(brush);
    if (state.start || state.end) {
      const a = timelineBins.findIndex((d) => !state.start || d.end >= state.start);
      let b = timelineBins.length - 1;
      while (b > 0 && state.end && timelineBins[b].iso > state.end) b--;
      if (a >= 0 && b >= a) { brush.setAttribute("x", a * step); brush.setAttribute("width", (b - a + 1) * step); }
    }
  }

  function bindTimeline() {
    const svgEl = $("timeline");
    let startX = null;
    const dayAt = (x) => {
      const rect = svgEl.getBoundingClientRect();
      const i = Math.floor(((x - rect.left) / rect.width) * timelineBins.length);
      return Math.max(0, Math.min(timelineBins.length - 1, i));
    };
    const draw = (a, b) => {
      const width = svgEl.viewBox.baseVal.width || svgEl.clientWidth;
      const step = width / timelineBins.length;
      const lo = Math.min(a, b); const hi = Math.max(a, b);
      brush.setAttribute("x", lo * step);
      brush.setAttribute("width", (hi - lo + 1) * step);
    };
    svgEl.addEventListener("pointerdown", (e) => {
      if (!timelineBins.length) return;
      startX = e.clientX;
      svgEl.setPointerCapture(e.pointerId);
      draw(dayAt(e.clientX), dayAt(e.clientX));
    });
    svgEl.addEventListener("pointermove", (e) => { if (startX !== null) draw(dayAt(startX), dayAt(e.clientX)); });
    svgEl.addEventListener("pointerup", (e) => {
      if (startX === null) return;
      const a = dayAt(startX); const b = dayAt(e.clientX);
      startX = null;
      state.start = timelineBins[Math.min(a, b)].iso;
      state.end = timelineBins[Math.max(a, b)].end;
      reload();
    });
    $("range-clear").addEventListener("click", () => { state.start = state.end = null; reload(); });
    // redraw at the new width (a viewBox would scale the labels instead) when the window or the card resizes it
    let lastWidth = 0;
    new ResizeObserver(() => {
      const width = svgEl.clientWidth;
      if (width && width !== lastWidth) { lastWidth = width; renderTimeline(lastByDay); }
    }).observe(svgEl);
  }

  function renderRangeLabel(total) {
    const text = state.start || state.end
      ? `${prettyDay(state.start || timelineBins[0]?.iso)} – ${prettyDay(state.end || timelineBins.at(-1)?.end)} · ${total} event${total === 1 ? "" : "s"}`
      : "All dates · drag across the bars to select a range";
    $("range-label").textContent = text;
    $("range-clear").hidden = !(state.start || state.end);
  }

  // ---------- table ----------
  function renderTable(page) {
    const body = $("events-body");
    body.replaceChildren();
    for (const ev of page.events) {
      const sw = el("span", { className: "swatch" });
      sw.style.background = typeColor(ev.event_type);
      const actors = [ev.actor1, ev.actor2].filter(Boolean).join(" → ");
      const row = el("tr", { tabindex: 0, dataset: { eventId: ev.event_id } },
        el("td", { className: "nowrap", text: dateRange(ev) }),
        el("td", { className: "nowrap" }, sw, cap(ev.event_type)),
        el("td", null, el("div", { text: ev.location || "—" }),
          el("div", { className: "muted small", text: [ev.admin1, ev.country].filter(Boolean).join(", ") })),
        el("td", { text: actors || "—" }),
        el("td", { className: "num", text: ev.fatalities ?? "" }),
        el("td", null, ev.reported_by || "—", sourceBadge(ev.source_is_party)),
      );
      row.addEventListener("click", () => openEvent(ev.event_id));
      row.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(ev.event_id); });
      body.append(row);
    }
    const from = page.total ? page.offset + 1 : 0;
    const to = page.offset + page.events.length;
    $("page-label").textContent = page.total ? `${from}–${to} of ${page.total}` : "";
    $("page-prev").disabled = page.offset <= 0;
    $("page-next").disabled = to >= page.total;
    $("table-count").textContent = page.total ? `${page.total} event${page.total === 1 ? "" : "s"}` : "";
    const empty = $("table-empty");
    empty.hidden = page.total > 0;
    empty.querySelector("strong").textContent = hasFilters() ? "No events match these filters" : "No events yet";
    empty.querySelector("span").hidden = hasFilters();
    $("empty-reset").hidden = !hasFilters();
    for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
      const key = th.dataset.sort;
      const sort = state.sort.replace(/^-/, "");
      if (key === sort) th.setAttribute("aria-sort", state.sort.startsWith("-") ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
  }

  function sourceBadge(isParty) {
    if (isParty === true) return el("span", { className: "badge party", text: "party", title: "The source is a party to these events" });
    if (isParty === false) return el("span", { className: "badge independent", text: "independent" });
    return null;
  }

  function bindTable() {
    for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
      th.querySelector("button").addEventListener("click", () => {
        const key = th.dataset.sort;
        state.sort = state.sort === key ? `-${key}` : key;
        state.offset = 0;
        loadTable();
      });
    }
    $("page-prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadTable(); });
    $("page-next").addEventListener("click", () => { state.offset += PAGE_SIZE; loadTable(); });
  }

  // ---------- loading ----------
  async function loadStats() {
    const all = await api(`/api/stats?${filterParams({ withDates: false })}`);
    renderTimeline(all.by_day);
    return all;
  }

  async function loadFacets() {
    // facets for the dropdowns: every value in the database, so a choice can always be undone
    const facets = await api("/api/stats");
    fillSelect($("filter-country"), facets.by_country, "All countries", state.filters.country, countryName);
    fillSelect($("filter-admin1"), facets.by_admin1, "All regions", state.filters.admin1);
    fillDatalist($("actor-options"), facets.by_actor);
    fillDatalist($("source-options"), facets.by_source);
    renderTypeList(facets.by_type.slice());
    return facets;
  }

  async function loadTable() {
    const p = filterParams();
    p.set("sort", state.sort); p.set("limit", PAGE_SIZE); p.set("offset", state.offset);
    const page = await api(`/api/events?${p}`);
    renderTable(page);
    return page;
  }

  async function reload() {
    state.offset = 0;
    const p = filterParams();
    $("download-geojson").href = `/api/events.geojson?${p}`;
    $("download-csv").href = `/api/events.csv?${p}`;
    $("report-filter").hidden = !state.filters.doc;
    $("report-filter-name").textContent = state.reportName;
    const mapParams = filterParams(); mapParams.set("limit", state.config.max_page || 5000);
    try {
      const [mapPage, , facets] = await Promise.all([
        api(`/api/events?${mapParams}`), loadStats(), loadFacets(), loadTable(),
      ]);
      renderMap(mapPage.events);
      renderLegend([...new Set(mapPage.events.map((ev) => ev.event_type).filter(Boolean))].sort());
      renderRangeLabel(mapPage.total);
      const shown = mapPage.total > mapPage.events.length ? ` (map shows the first ${mapPage.events.length})` : "";
      $("summary").textContent = hasFilters()
        ? `${mapPage.total} of ${facets.total} events${shown}`
        : `${facets.total} event${facets.total === 1 ? "" : "s"}${shown}`;
      document.body.dataset.ready = "true";
    } catch (err) {
      showBanner(`Could not load events: ${err.message}`);
    }
  }

  // ---------- event card ----------
  function dl(rows) {
    const list = el("dl", { className: "facts" });
    let filled = 0;
    for (const [term, ...values] of rows) {
      const shown = values.filter((v) => v !== null && v !== undefined && v !== "");
      if (!shown.length) continue;
      if (!shown.some((v) => typeof v !== "object")) continue;  // only chips, no value
      list.append(el("dt", { text: term }), el("dd", null, ...shown));
      filled += 1;
    }
    return filled ? list : null;
  }

  function section(title, ...content) {
    const parts = content.filter(Boolean);
    if (!parts.length) return null;
    return el("section", { className: "card-section" }, el("h3", { text: title }), ...parts);
  }

  function inter(code) {
    const names = { 1: "state forces", 2: "rebel group", 3: "political militia", 4: "identity militia",
      5: "rioters", 6: "protesters", 7: "civilians", 8: "external/other forces" };
    return code ? ` (${names[code] || `inter ${code}`})` : "";
  }

  // ``focus``: bring the event's point into view (a click on a row); otherwise keep every event in view.
  async function openEvent(eventId, { focus = true } = {}) {
    const card = $("card");
    const wasHidden = card.hidden;
    card.hidden = false;
    document.body.classList.add("card-open");
    map.invalidateSize();
    if (wasHidden && !focus) fitToEvents();  // the card took a column from the map: fit the events again
    $("card-kicker").textContent = "";
    $("card-title").textContent = "Loading event…";
    $("card-body").replaceChildren(el("div", { className: "skeleton" }), el("div", { className: "skeleton short" }));
    try {
      const { event: ev, merged_into: merged } = await api(`/api/events/${encodeURIComponent(eventId)}`);
      const { document: doc, events: siblings } = await api(`/api/documents/${encodeURIComponent(ev.doc_id)}`);
      renderCard(ev, doc, siblings, merged);
      const marker = markersById.get(ev.event_id);
      if (marker && clusters.hasLayer(marker)) {
        if (focus) clusters.zoomToShowLayer(marker, () => markSelected(marker));
        else markSelected(marker);
      }
    } catch (err) {
      $("card-title").textContent = "Could not open this event";
      $("card-body").replaceChildren(el("p", { className: "error", text: err.message }));
    }
  }

  function closeCard() {
    $("card").hidden = true;
    document.body.classList.remove("card-open");
    map.invalidateSize();
  }

  function renderCard(ev, doc, siblings, merged) {
    const color = typeColor(ev.event_type);
    const kicker = $("card-kicker");
    const sw = el("span", { className: "swatch" });
    sw.style.background = color;
    kicker.replaceChildren(sw, cap(ev.event_type) + (ev.sub_event_type ? ` · ${label(ev.sub_event_type)}` : ""));
    $("card-title").textContent = `${ev.location || "Unknown place"} · ${dateRange(ev)}`;

    const body = $("card-body");
    body.replaceChildren();
    // the chips of the fields shown on a row (a row's value may rest on several fields: date_start, date_end)
    const mark = (...fields) => fieldChips(ev, ...fields);

    const sections = [
      section("What",
        dl([
          ["Type", cap(ev.event_type), ev.sub_event_type ? ` / ${label(ev.sub_event_type)}` : "", ...mark("event_type")],
          ["ACLED", [ev.acled_event_type, ev.acled_sub_event_type].filter(Boolean).join(" · ")],
          ["PLOVER", [ev.plover_type, ev.plover_mode].filter(Boolean).join(" · ")],
          ["Disorder", ev.disorder_type],
          ["Trigger", ev.trigger ? `“${ev.trigger}”` : "", ...mark("trigger")],
        ])),
      section("When",
        dl([
          ["Date", dateRange(ev), ...mark("date", "date_start", "date_end")],
          ["Precision", ev.time_precision ? `${ev.time_precision} · ${PRECISION_DAYS[ev.time_precision] || ""}` : ""],
          ["Note", ev.date_note],
        ])),
      section("Where",
        dl([
          ["Place", ev.location, ...mark("location")],
          ["Region", [ev.admin2, ev.admin1].filter(Boolean).join(", "), ...mark("admin1")],
          ["Country", ev.country ? `${countryName(ev.country)} (${ev.country})` : "", ...mark("country")],
          ["Coordinates", typeof ev.lat === "number" ? `${ev.lat.toFixed(4)}, ${ev.lon.toFixed(4)}` : "not placed on the map"],
          ["Precision", ev.geo_precision ? `${ev.geo_precision} · ${GEO_PRECISION[ev.geo_precision] || ""}` : ""],
        ])),
      section("Who",
        dl([
          ["Actor 1", ev.actor1 ? ev.actor1 + inter(ev.inter1) : "", ...mark("actor1")],
          ["With", ev.assoc_actor_1, ...mark("assoc_actor_1")],
          ["Actor 2", ev.actor2 ? ev.actor2 + inter(ev.inter2) : "", ...mark("actor2")],
          ["With", ev.assoc_actor_2, ...mark("assoc_actor_2")],
          ["Civilians targeted", ev.civilian_targeting ? "yes" : ""],
        ])),
      section("How many",
        dl([
          ["Killed", ev.fatalities, ...mark("fatalities")],
          ["Injured", ev.injured, ...mark("injured")],
          ["Arrested", ev.arrested, ...mark("arrested")],
          ["Crowd", ev.crowd_size, ...mark("crowd_size")],
        ])),
      ev.claims && ev.claims.length
        ? section("Claims and slogans", mark("claims").length ? el("div", { className: "chips" }, ...mark("claims")) : null,
          el("ul", { className: "claims" }, ...ev.claims.map((c) => el("li", { text: c }))))
        : null,
      renderSources(ev, doc, merged),
      renderEvidence(ev, doc, siblings),
    ];
    body.append(...sections.filter(Boolean));
    body.scrollTop = 0;
  }

  // ``merged``: the event this report was merged into, which lists every source of the event
  function renderSources(ev, doc, merged) {
    const all = (merged || ev).sources;
    const sources = all && all.length ? all : [{ doc_id: ev.doc_id, outlet: doc.outlet,
      reported_by: ev.reported_by, claimed_by: ev.claimed_by, source_is_party: ev.source_is_party, url: doc.url }];
    const docs = new Set(sources.map((s) => s.doc_id));
    const independent = sources.filter((s) => s.source_is_party === false).length;
    let corroboration;
    if (docs.size <= 1) corroboration = "Single report: not corroborated by another source.";
    else corroboration = `Reported in ${docs.size} documents; ${independent} from independent sources.`;
    const list = el("ul", { className: "sources" });
    for (const s of sources) {
      const who = [s.reported_by, s.outlet].filter(Boolean).join(" · ") || "unknown source";
      const item = el("li", null, el("span", { text: who }), sourceBadge(s.source_is_party));
      if (s.claimed_by) item.append(el("div", { className: "muted small", text: `Claimed by ${s.claimed_by}` }));
      if (s.url) item.append(el("div", { className: "muted small url", text: s.url }));
      list.append(item);
    }
    return section("Sources",
      dl([
        ["Reported by", ev.reported_by, sourceBadge(ev.source_is_party), ...fieldChips(ev, "reported_by")],
        ["Claimed by", ev.claimed_by, ...fieldChips(ev, "claimed_by")],
        ["Scale", ev.source_scale],
        ["Document", documentName(doc)],
        ["Published", doc.published ? prettyDay(doc.published) : ""],
        ["Confidence", typeof ev.confidence === "number" ? `${Math.round(ev.confidence * 100)}%` : ""],
      ]),
      el("p", { className: docs.size > 1 ? "corroborated" : "single-source", text: corroboration }),
      list,
      ev.notes ? el("p", { className: "muted small", text: ev.notes }) : null);
  }

  function documentName(doc) {
    if (doc.title) return doc.title;
    const firstLine = (doc.text || "").trim().split("\n")[0] || doc.doc_id;
    return firstLine.length > 90 ? `${firstLine.slice(0, 88)}…` : firstLine;
  }

  const colorCache = new WeakMap();
  function evidenceColors(ev) {
    if (colorCache.has(ev)) return colorCache.get(ev);
    const colors = {};
    const fields = Object.keys(ev.evidence || {});
    const spare = SPARE_COLORS.filter((c) => !fields.some((f) => FIELD_COLORS[f] === c));
    fields.forEach((field, i) => { colors[field] = FIELD_COLORS[field] || spare[i % spare.length]; });
    colorCache.set(ev, colors);
    return colors;
  }

  function fieldChips(ev, ...fields) {
    const colors = evidenceColors(ev);
    return fields.filter((f) => (ev.evidence || {})[f]).map((f) => fieldChip(f, colors[f]));
  }

  function fieldChip(field, color) {
    const chip = el("button", { type: "button", className: "field-chip", dataset: { field }, title: `Show the evidence for ${label(field)}` },
      el("span", { className: "chip-dot" }), label(field));
    chip.querySelector(".chip-dot").style.background = color;
    chip.addEventListener("click", () => {
      const target = document.querySelector(`#evidence-text mark[data-fields~="${CSS.escape(field)}"]`);
      if (target) {
        target.scrollIntoView({ block: "center", behavior: "smooth" });
        target.classList.add("flash");
        setTimeout(() => target.classList.remove("flash"), 1200);
      }
    });
    return chip;
  }

  // The document text split at every evidence boundary; each piece is a text node or a <mark> whose colour is
  // that of the narrowest span covering it (so a short span inside a long one stays visible).
  function highlightedText(text, spans) {
    const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0
      && s.end <= text.length && s.start < s.end);
    const cuts = new Set([0, text.length]);
    for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i]; const b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = valid.filter((s) => s.start <= a && s.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
      if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
      const fields = covering.map((s) => s.field);
      const node = el("mark", { dataset: { fields: fields.join(" ") }, title: fields.map(label).join(", ") }, piece);
      node.style.background = covering[0].color;
      node.style.boxShadow = `inset 0 -2px 0 ${shade(covering[0].color)}`;
      frag.append(node);
    }
    return frag;
  }

  function shade(hex) {
    const n = parseInt(hex.slice(1), 16);
    const f = (v) => Math.max(0, Math.round(v * 0.7));
    return `rgb(${f(n >> 16)}, ${f((n >> 8) & 255)}, ${f(n & 255)})`;
  }

  function renderEvidence(ev, doc, siblings) {
    const colors = evidenceColors(ev);
    const spans = Object.entries(ev.evidence || {}).map(([field, span]) => ({
      field, start: span[0], end: span[1], color: colors[field],
    }));
    const legend = el("div", { className: "chips" }, ...spans.map((s) => fieldChip(s.field, s.color)));
    const textBox = el("div", { id: "evidence-text", className: "doc-text" }, highlightedText(doc.text || "", spans));
    const others = (siblings || []).filter((s) => s.event_id !== ev.event_id);
    const otherList = others.length
      ? el("details", { className: "siblings" }, el("summary", { text: `${others.length} other event${others.length === 1 ? "" : "s"} from this report` }),
        el("ul", null, ...others.map((o) => el("li", null, el("button", { type: "button", className: "link",
          text: `${cap(o.event_type)} · ${o.location || "unknown place"} · ${dateRange(o)}`, onclick: () => openEvent(o.event_id) })))))
      : null;
    const head = [doc.title, doc.outlet, doc.published ? prettyDay(doc.published) : null].filter(Boolean).join(" · ");
    return section("Evidence in the report",
      el("p", { className: "muted small", text: spans.length
        ? "Each highlighted passage is what supports one field. Click a field to jump to it."
        : "This event records no evidence offsets." }),
      legend,
      head ? el("div", { className: "doc-head", text: head }) : null,
      textBox,
      otherList);
  }

  // ---------- analyze a report ----------
  function bindAnalyze() {
    const dialog = $("analyze");
    $("analyze-open").addEventListener("click", () => {
      $("analyze-status").replaceChildren();
      dialog.showModal();
      $("analyze-text").focus();
    });
    const close = () => dialog.close();
    $("analyze-close").addEventListener("click", close);
    $("analyze-cancel").addEventListener("click", close);
    $("analyze-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const text = $("analyze-text").value;
      const status = $("analyze-status");
      if (!text.trim()) { status.replaceChildren(el("span", { className: "error", text: "Paste an article first." })); return; }
      const bytes = new TextEncoder().encode(text).length;
      if (bytes > state.config.max_body_bytes) {
        status.replaceChildren(el("span", { className: "error", text: `This article is too long (${Math.round(bytes / 1024)} KiB; the limit is ${Math.round(state.config.max_body_bytes / 1024)} KiB).` }));
        return;
      }
      const kind = document.querySelector("input[name=kind]:checked").value;
      const headers = { "Content-Type": "application/json" };
      const token = $("analyze-token").value.trim();
      if (token) headers.Authorization = `Bearer ${token}`;
      $("analyze-submit").disabled = true;
      status.replaceChildren(el("span", { className: "spinner" }), " Reading the report: finding places, dates and actors…");
      try {
        const result = await api("/api/extract", { method: "POST", headers, body: JSON.stringify({ [kind]: text }) });
        const n = result.events.length;
        if (!n) {
          status.replaceChildren(el("span", { className: "warn", text: "No events found in this report. It was stored; try another article." }));
          return;
        }
        dialog.close();
        $("analyze-text").value = "";
        status.replaceChildren();
        state.reportName = documentName(result.document);
        $("filter-form").reset();
        state.filters = { q: "", types: [], country: "", admin1: "", actor: "", source: "", party: "", doc: result.document.doc_id };
        state.start = state.end = null;
        await reload();
        showBanner(`${result.stored ? "Found" : "Already in the database:"} ${n} event${n === 1 ? "" : "s"} in this report. Click one to see its evidence.`);
        $("banner").classList.add("ok");
        openEvent(result.events[0].event_id, { focus: false });
      } catch (err) {
        let message = `Could not analyze: ${err.message}`;
        if (err.status === 401) {
          message = token ? "The server did not accept this access token." : "This server needs its access token to analyze a report.";
          $("analyze-token-row").hidden = false;
          $("analyze-token").focus();
        }
        status.replaceChildren(el("span", { className: "error", text: message }));
      } finally {
        $("analyze-submit").disabled = false;
      }
    });
  }

  // ---------- start ----------
  async function start() {
    try {
      state.config = await api("/api/config");
    } catch (err) {
      showBanner(`The server did not answer: ${err.message}`);
    }
    $("analyze-token-row").hidden = !state.config.token_required;
    $("analyze-limit").textContent = `Up to ${Math.round(state.config.max_body_bytes / 1048576)} MiB`;
    initMap();
    bindFilters();
    bindTimeline();
    bindTable();
    bindAnalyze();
    $("card-close").addEventListener("click", closeCard);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("analyze").open) closeCard(); });
    await reload();
  }

  start();
})();
