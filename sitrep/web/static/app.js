/* The page: filters -> /api/events (map and table) and /api/counts (timeline); click -> panel. */
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const MAX_EVENTS = 5000;
  const state = { events: [], uploaded: [], uploadedDocs: {}, selected: null, markers: new Map() };

  const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 20], 2);
  map.attributionControl.addAttribution("Country outlines: Natural Earth");
  const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(clusters);
  const uploadedLayer = L.layerGroup().addTo(map);
  const control = new Sitrep.ControlLayer(map, {
    toggle: $("c-show"), slider: $("c-slider"), date: $("c-date"), bar: $("control-bar"), info: $("c-info"),
    unplacedBox: $("control-box"), unplaced: $("c-unplaced"), unplacedCount: $("c-unplaced-count"),
    unplacedDay: $("c-unplaced-day"), panel: $("panel"), operationsBox: $("operations-box"),
    operations: $("c-operations"), operationsCount: $("c-operations-count"),
  }, {
    filters: () => ({ country: $("f-country").value.trim(), actor: $("f-actor").value.trim() }),
    onSelect: () => { state.selected = null; markSelected(); },
  });

  const timeline = new Sitrep.Timeline($("timeline"), {
    onBrush: (since, until) => {
      $("f-since").value = since || "";
      $("f-until").value = until || "";
      $("t-clear").hidden = !since;
      loadEvents();
    },
  });

  function filters({ withDates = true } = {}) {
    const f = {
      type: $("f-type").value, actor: $("f-actor").value.trim(), country: $("f-country").value.trim(),
      text: $("f-text").value.trim(),
    };
    if (withDates) { f.since = $("f-since").value; f.until = $("f-until").value; }
    return f;
  }

  function status(message, isError = false) {
    $("count").textContent = message;
    $("count").className = isError ? "error" : "";
  }

  async function loadEvents() {
    const params = filters();
    const found = [];
    let offset = 0;
    try {
      while (offset !== null && found.length < MAX_EVENTS) {
        const page = await Sitrep.api(`/api/events${Sitrep.query({ ...params, limit: 1000, offset })}`);
        found.push(...page.events);
        offset = page.next_offset;
      }
    } catch (err) {
      status(err.message, true);
      return;
    }
    state.events = found;
    drawMarkers();
    drawTable();
  }

  async function loadTimeline() {
    try {
      const counts = await Sitrep.api(`/api/counts${Sitrep.query({ ...filters({ withDates: false }), by: $("t-by").value })}`);
      timeline.show(counts);
    } catch (err) {
      status(err.message, true);
    }
  }

  function radius(e) { return 5 + 3 * Math.sqrt(Math.max(e.fatalities || 0, 0)); }

  function marker(e, extra = {}) {
    const m = L.circleMarker([e.latitude, e.longitude], {
      radius: radius(e), color: "#333", weight: 1, fillColor: Sitrep.colour(e.event_type),
      fillOpacity: 0.85, className: "event-marker", ...extra,
    });
    m.bindTooltip(`${Sitrep.escape(e.sub_event_type)} — ${Sitrep.escape(e.location || "")} (${Sitrep.when(e)})`);
    m.on("click", () => select(e.event_id));
    return m;
  }

  function drawMarkers() {
    clusters.clearLayers();
    const located = state.events.filter((e) => e.latitude !== null && e.longitude !== null);
    state.markers = new Map(located.map((e) => [e.event_id, marker(e)]));
    clusters.addLayers([...state.markers.values()]);
    const bounds = L.latLngBounds(located.map((e) => [e.latitude, e.longitude]));
    if (located.length && !state.fitted) { map.fitBounds(bounds.pad(0.3), { maxZoom: 6 }); state.fitted = true; }
  }

  function cells(e) {
    return [Sitrep.when(e), e.event_type, e.sub_event_type, e.actor1, e.actor2,
      e.location, e.country, e.fatalities, `${e.time_precision ?? "–"} / ${e.geo_precision ?? "–"}`, e.confidence];
  }

  function tableRow(e, uploaded) {
    const tr = document.createElement("tr");
    tr.dataset.eventId = e.event_id;
    if (uploaded) tr.classList.add("uploaded");
    tr.innerHTML = cells(e).map((v, i) => `<td>${i === 1 ? `<span class="swatch" style="background:${Sitrep.colour(e.event_type)}"></span>` : ""}${Sitrep.escape(v ?? "")}</td>`).join("");
    tr.addEventListener("click", () => (uploaded ? showUploaded(e) : select(e.event_id, { focus: true })));
    return tr;
  }

  function drawTable() {
    const body = document.querySelector("#events tbody");
    body.innerHTML = "";
    for (const e of state.uploaded) body.appendChild(tableRow(e, true));
    for (const e of state.events) body.appendChild(tableRow(e, false));
    const extra = state.uploaded.length ? ` (+ ${state.uploaded.length} from your upload)` : "";
    const more = state.events.length >= MAX_EVENTS ? ` (first ${MAX_EVENTS}; narrow the filters)` : "";
    status(`${state.events.length} events${more}${extra}`);
    markSelected();
  }

  function markSelected() {
    for (const tr of document.querySelectorAll("#events tbody tr")) {
      tr.classList.toggle("selected", tr.dataset.eventId === state.selected);
    }
    const row = document.querySelector("#events tbody tr.selected");
    if (row) row.scrollIntoView({ block: "nearest" });
  }

  async function select(eventId, { focus = false } = {}) {
    state.selected = eventId;
    markSelected();
    const shown = state.markers.get(eventId);
    if (focus && shown) clusters.zoomToShowLayer(shown, () => shown.openTooltip());
    try {
      Sitrep.renderEvent($("panel"), await Sitrep.api(`/api/events/${encodeURIComponent(eventId)}`));
    } catch (err) {
      $("panel").innerHTML = `<p class="error">${Sitrep.escape(err.message)}</p>`;
    }
  }

  function showUploaded(e) {
    state.selected = e.event_id;
    markSelected();
    const doc = state.uploadedDocs[e.doc_id] || { doc_id: e.doc_id, text: null };
    Sitrep.renderEvent($("panel"), {
      event: e,
      precision: { time: { code: e.time_precision, meaning: TIME[e.time_precision] }, geo: { code: e.geo_precision, meaning: GEO[e.geo_precision] } },
      sources: [{ ...doc, evidence: e.evidence }],
    });
  }
  const TIME = { 1: "the day", 2: "a week or a few days", 3: "a month or longer" };
  const GEO = { 1: "the named town or village", 2: "near the named place, or part of a named area", 3: "only a province or larger area was resolved" };

  async function upload(ev) {
    ev.preventDefault();
    const form = new FormData($("upload"));
    const result = $("upload-result");
    result.innerHTML = '<p class="hint">Reading the report…</p>';
    $("u-go").disabled = true;
    try {
      const found = await Sitrep.api("/api/extract", { method: "POST", body: form });
      showUpload(found);
    } catch (err) {
      result.innerHTML = `<p class="error">${Sitrep.escape(err.message)}</p>`;
    } finally {
      $("u-go").disabled = false;
    }
  }

  function showUpload(found) {
    state.uploaded = found.events;
    state.uploadedDocs = Object.fromEntries(found.documents.map((d) => [d.doc_id, d]));
    uploadedLayer.clearLayers();
    for (const e of found.events.filter((x) => x.latitude !== null)) {
      uploadedLayer.addLayer(marker(e, { color: "#000", weight: 3, dashArray: "3 2", className: "event-marker uploaded-marker" }).off("click").on("click", () => showUploaded(e)));
    }
    const failures = found.failures.map((f) => `<li class="error">${Sitrep.escape(f.file || f.doc_id)}: ${Sitrep.escape(f.reason)}</li>`).join("");
    const items = found.events.map((e) => `<li><a href="#" data-event-id="${Sitrep.escape(e.event_id)}">${Sitrep.escape(e.sub_event_type)} — ${Sitrep.escape(e.location || e.country || "?")} (${Sitrep.escape(Sitrep.when(e))})</a></li>`).join("");
    const stored = found.stored === null ? "" : ` ${found.stored} new report(s) stored.`;
    const facts = found.control.length ? ` ${found.control.length} control fact(s).` : "";
    $("upload-result").innerHTML = `<p id="upload-summary">${found.events.length} event(s) from ${found.documents.length} report(s).${facts}${stored}</p><ul>${items}${failures}</ul>`;
    for (const link of $("upload-result").querySelectorAll("a[data-event-id]")) {
      link.addEventListener("click", (ev) => { ev.preventDefault(); showUploaded(found.events.find((e) => e.event_id === link.dataset.eventId)); });
    }
    if (found.stored) { loadEvents(); loadTimeline(); control.refresh(); }
    drawTable();
  }

  async function loadLists() {
    const [info, actors, places, unresolved] = await Promise.all([
      Sitrep.api("/api/info"), Sitrep.api("/api/actors?limit=1000"), Sitrep.api("/api/places?limit=1000"),
      Sitrep.api("/api/places/unresolved?limit=200"),
    ]);
    $("unresolved-count").textContent = unresolved.unresolved.length;
    $("unresolved-list").innerHTML = unresolved.unresolved.map((u) =>
      `<li><strong>${Sitrep.escape(u.name)}</strong> (${u.mentions}) <span class="hint">${Sitrep.escape(u.example)}</span></li>`).join("");
    $("store-info").textContent = `${info.store}: ${info.counts.documents} reports, ${info.counts.events} events${info.allow_edit ? " (editable)" : ""}`;
    $("u-limit").textContent = `up to ${Math.round(info.max_upload_bytes / 1024)} KB of text`;
    $("u-store-label").hidden = !info.allow_edit;
    $("actor-names").innerHTML = actors.actors.map((a) => `<option value="${Sitrep.escape(a.name)}">`).join("");
    const countries = [...new Set(places.places.map((p) => p.country).filter(Boolean))].sort();
    $("country-names").innerHTML = countries.map((c) => `<option value="${Sitrep.escape(c)}">`).join("");
  }

  async function loadBasemap() {
    const shapes = await Sitrep.api("/api/basemap.geojson");
    L.geoJSON(shapes, { style: { color: "#9e9e9e", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false })
      .addTo(map).bringToBack();
  }

  function fillTypes() {
    $("f-type").innerHTML += Sitrep.TYPES.map(([t]) => `<option>${Sitrep.escape(t)}</option>`).join("");
    $("c-legend").innerHTML = Sitrep.CONTROL_STATUSES.map(([s, c]) => `<span><span class="swatch square" style="background:${c}"></span>${s}</span>`).join("");
    $("legend").innerHTML = Sitrep.TYPES.map(([t, c]) => `<span><span class="swatch" style="background:${c}"></span>${Sitrep.escape(t)}</span>`).join("");
  }

  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    timeline.clear();
    $("t-clear").hidden = !($("f-since").value || $("f-until").value);
    loadEvents(); loadTimeline(); control.reload();
  });
  $("f-reset").addEventListener("click", () => {
    $("filters").reset(); timeline.clear(); $("t-clear").hidden = true; loadEvents(); loadTimeline(); control.reload();
  });
  $("t-clear").addEventListener("click", () => timeline.onBrush(null, null) || timeline.clear());
  $("t-by").addEventListener("change", loadTimeline);
  $("upload").addEventListener("submit", upload);

  fillTypes();
  loadBasemap().catch((err) => status(`map outlines: ${err.message}`, true));
  loadLists().catch((err) => status(err.message, true));
  control.init();
  Promise.all([loadEvents(), loadTimeline()]).then(() => document.body.classList.add("ready"));
})();
