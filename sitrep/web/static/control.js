/* The "Control" map layer: who holds, contests or besieges which place on the slider's day
   (from /api/control.geojson), places without coordinates listed beside the map, and a
   place's timeline in the side panel when its marker is clicked. */
"use strict";
Sitrep.CONTROL_STATUSES = [
  ["controlled", "#2e7d32"],
  ["contested", "#ef6c00"],
  ["besieged", "#c62828"],
  ["withdrawn", "#757575"],
];
Sitrep.controlColour = (status) =>
  (Sitrep.CONTROL_STATUSES.find(([name]) => name === status) || [null, "#9e9e9e"])[1];

/** "Military Forces of Syria (2000-2024)" -> "Military Forces of Syria", for labels. */
Sitrep.shortActor = (name) => String(name || "").replace(/(\s*\([^)]*\))+$/, "") || "?";

/** One line saying who holds the place: the controller, and the besieger of a siege. */
Sitrep.controlLabel = (p) => {
  const short = Sitrep.shortActor;
  if (p.status === "besieged") {
    const held = p.controller ? `${short(p.controller)}, ` : "";
    return `${held}besieged by ${short(p.besieger)}`;
  }
  if (p.status === "contested") return `contested: ${(p.contested_by || []).map(short).join(" / ")}`;
  if (p.status === "withdrawn") return "withdrawn";
  return p.controller ? short(p.controller) : p.status;
};

Sitrep.DAY_MS = 86400000;
Sitrep.dayNumber = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / Sitrep.DAY_MS);
Sitrep.isoDay = (n) => new Date(n * Sitrep.DAY_MS).toISOString().slice(0, 10);

Sitrep.ControlLayer = class {
  /** `els`: toggle, slider, date, bar, unplaced box/list/count, panel; `filters()` gives
      the country and actor of the page's filters. */
  constructor(map, els, { filters = () => ({}), onSelect = () => {} } = {}) {
    this.map = map;
    this.els = els;
    this.filters = filters;
    this.onSelect = onSelect;
    this.range = null;
    this.request = 0;
    this.timer = null;
    this.fitted = false;
    this.selected = null;
    map.createPane("control").style.zIndex = 620;
    this.layer = L.layerGroup();
    this.markers = [];
    map.on("zoomend", () => this.declutter());
    els.toggle.addEventListener("change", () => this.toggled());
    els.slider.addEventListener("input", () => this.slid());
    els.date.addEventListener("change", () => this.typed());
  }

  /** Read the span of stored facts: the slider's bounds (the toggle stays off without facts). */
  async init() {
    try {
      this.range = await Sitrep.api("/api/control/range");
    } catch (err) {
      this.say(`control facts: ${err.message}`, true);
      this.els.toggle.disabled = true;
      return;
    }
    const { earliest, latest, places } = this.range;
    if (!earliest || !latest) {
      this.say("no control facts stored");
      this.els.toggle.disabled = true;
      return;
    }
    const [low, high] = [Sitrep.dayNumber(earliest), Sitrep.dayNumber(latest)];
    Object.assign(this.els.slider, { min: low, max: high, value: high });
    Object.assign(this.els.date, { min: earliest, max: latest, value: latest });
    this.els.toggle.disabled = false;
    this.say(`${places} place(s), ${earliest} – ${latest}`);
  }

  /** After new reports are stored: the new span, the layer on its latest day, operations. */
  async refresh() {
    await this.init();
    this.operationsLoaded = false;
    if (this.on) { this.loadOperations(); this.reload(); }
  }

  async loadOperations() {
    if (this.operationsLoaded) return;
    this.operationsLoaded = true;
    let found;
    try {
      found = (await Sitrep.api("/api/operations")).operations;
    } catch (err) {
      this.els.operations.innerHTML = `<li class="error">${Sitrep.escape(err.message)}</li>`;
      return;
    }
    this.els.operationsCount.textContent = found.length;
    this.els.operations.innerHTML = found.map((o) => {
      const bits = [o.launched ? `launched ${o.launched}` : "launch date unknown", o.actor,
        o.fronts ? `${o.fronts} front(s)` : null, o.source].filter(Boolean).map(Sitrep.escape).join(" · ");
      return `<li><a href="#" data-launched="${Sitrep.escape(o.launched || "")}">${Sitrep.escape(o.name)}</a> <span class="hint">${bits}</span></li>`;
    }).join("") || '<li class="hint">none</li>';
    for (const a of this.els.operations.querySelectorAll("a[data-launched]")) {
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        if (a.dataset.launched) { this.els.date.value = a.dataset.launched; this.typed(); }
      });
    }
  }

  get at() { return Sitrep.isoDay(Number(this.els.slider.value)); }
  get on() { return this.els.toggle.checked; }

  say(message, isError = false) {
    this.els.info.textContent = message;
    this.els.info.className = isError ? "error" : "hint";
  }

  toggled() {
    const on = this.on;
    this.els.slider.disabled = !on;
    this.els.date.disabled = !on;
    this.els.unplacedBox.hidden = !on;
    this.els.operationsBox.hidden = !on;
    if (on) this.loadOperations();
    this.els.bar.classList.toggle("on", on);
    if (on) { this.map.addLayer(this.layer); this.reload(); } else { this.map.removeLayer(this.layer); }
  }

  slid() {
    this.els.date.value = this.at;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(), 120);
  }

  typed() {
    const day = this.els.date.value;
    if (!day) return;
    const n = Math.min(Math.max(Sitrep.dayNumber(day), Number(this.els.slider.min)), Number(this.els.slider.max));
    this.els.slider.value = n;
    this.els.date.value = this.at;
    this.reload();
  }

  /** Fetch and draw the places on the slider's day; an answer to an older request is dropped. */
  async reload() {
    if (!this.on || !this.range) return;
    const at = this.at;
    const mine = ++this.request;
    const { country, actor } = this.filters();
    let found;
    try {
      found = await Sitrep.api(`/api/control.geojson${Sitrep.query({ at, country, actor, compact: true })}`);
    } catch (err) {
      if (mine === this.request) this.say(err.message, true);
      return;
    }
    if (mine !== this.request) return;
    this.draw(found.features);
    this.els.bar.dataset.shown = at;
  }

  draw(features) {
    this.layer.clearLayers();
    const placed = features.filter((f) => f.geometry);
    const unplaced = features.filter((f) => !f.geometry);
    const markers = placed.map((f) => this.marker(f));
    this.markers = markers;
    for (const m of markers) this.layer.addLayer(m);
    this.declutter();
    this.listUnplaced(unplaced);
    const disputed = features.filter((f) => f.properties.disputed.length).length;
    this.say(`${features.length} place(s) on ${this.at}${disputed ? `, ${disputed} disputed` : ""}`);
    if (markers.length && !this.fitted) this.fit(markers);
  }

  /** Hide the labels that would overlap one already shown: the selected place first, then
      disputed ones, then by status (a siege before a front line before a holder). */
  declutter() {
    if (!this.on) return;
    const rank = (m) => {
      const p = m.feature.properties;
      const order = ["besieged", "contested", "controlled", "withdrawn"].indexOf(p.status);
      return (p.timeline === this.selected ? 0 : 100) + (p.disputed.length ? 0 : 10) + (order < 0 ? 9 : order);
    };
    const labels = [...this.markers].sort((a, b) => rank(a) - rank(b))
      .map((m) => m.getTooltip() && m.getTooltip().getElement()).filter(Boolean);
    for (const el of labels) el.classList.remove("crowded");
    const boxes = labels.map((el) => el.getBoundingClientRect());
    const shown = [];
    labels.forEach((el, i) => {
      const b = boxes[i];
      const hit = shown.some((o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom);
      if (hit) el.classList.add("crowded"); else shown.push(b);
    });
  }

  fit(markers) {
    this.fitted = true;
    const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()));
    if (!this.map.getBounds().intersects(bounds)) this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8 });
  }

  marker(feature) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const disputed = p.disputed.length > 0;
    const classes = ["control-marker", `status-${p.status}`, disputed ? "disputed" : "", p.timeline === this.selected ? "selected" : ""];
    const icon = L.divIcon({
      className: classes.filter(Boolean).join(" "),
      html: `<span style="background:${Sitrep.controlColour(p.status)}">${disputed ? "!" : ""}</span>`,
      iconSize: [16, 16],
      iconAnchor: [8, 8],
    });
    const m = L.marker([lat, lon], { icon, pane: "control", title: `${p.place}: ${Sitrep.controlLabel(p)}`, keyboard: true });
    m.feature = feature;
    const label = `${Sitrep.escape(p.place)}: ${Sitrep.escape(Sitrep.controlLabel(p))}${disputed ? ' <span class="disputed-mark">disputed</span>' : ""}`;
    m.bindTooltip(label, { permanent: true, direction: "right", offset: [8, 0], className: `control-label status-${p.status}`, pane: "tooltipPane" });
    m.on("add", () => {
      const el = m.getElement();
      if (el) { el.dataset.place = p.place; el.dataset.status = p.status; }
    });
    m.on("click", () => { this.show(p.timeline); this.mark(m.getElement()); this.declutter(); });
    return m;
  }

  listUnplaced(features) {
    this.els.unplacedCount.textContent = features.length;
    this.els.unplacedDay.textContent = this.at;
    this.els.unplaced.innerHTML = features.map((f) => {
      const p = f.properties;
      const label = Sitrep.controlLabel(p);
      const detail = label === p.status ? "" : `: ${Sitrep.escape(label)}`;
      const country = p.country ? ` <span class="hint">${Sitrep.escape(p.country)}</span>` : "";
      const disputed = p.disputed.length ? ' <span class="disputed-mark">disputed</span>' : "";
      return `<li data-place="${Sitrep.escape(p.place)}" data-status="${Sitrep.escape(p.status)}">`
        + `<span class="swatch square" style="background:${Sitrep.controlColour(p.status)}"></span>`
        + `<a href="#">${Sitrep.escape(p.place)}</a>${country} — ${Sitrep.escape(p.status)}${detail}${disputed}</li>`;
    }).join("") || '<li class="hint">none</li>';
    this.els.unplaced.querySelectorAll("li[data-place] a").forEach((a, i) => {
      a.addEventListener("click", (ev) => { ev.preventDefault(); this.show(features[i].properties.timeline); });
    });
  }

  mark(element) {
    for (const el of this.map.getPane("control").querySelectorAll(".control-marker.selected")) el.classList.remove("selected");
    if (element) element.classList.add("selected");
  }

  /** The place's timeline in the side panel. */
  async show(path) {
    this.selected = path;
    this.onSelect();
    const panel = this.els.panel;
    try {
      Sitrep.renderControl(panel, await Sitrep.api(path), this.at);
      panel.scrollIntoView({ block: "nearest" });
    } catch (err) {
      panel.innerHTML = `<p class="error">${Sitrep.escape(err.message)}</p>`;
    }
  }
};

Sitrep.renderControl = (target, found, at) => {
  target.innerHTML = found.timelines.map((t) => Sitrep.renderPlaceTimeline(t, at)).join("");
};

Sitrep.renderPlaceTimeline = (t, at) => {
  const where = [t.location !== t.place ? t.location : null, t.admin1, t.country].filter(Boolean).join(", ");
  const coords = t.resolved
    ? `${t.latitude}, ${t.longitude}`
    : "no coordinates: add them with sitrep places add";
  const periods = t.periods.map((p) => Sitrep.renderPeriod(p, at)).join("");
  return `<section class="control-timeline" data-place="${Sitrep.escape(t.place)}">
    <h2>Control of ${Sitrep.escape(t.place)}</h2>
    <p class="hint">${Sitrep.escape(where)}${where ? " · " : ""}${Sitrep.escape(coords)}</p>
    <ol class="control-periods">${periods}</ol></section>`;
};

Sitrep.periodDates = (p) => {
  if (p.start && p.end) return `${p.start} – ${p.end}`;
  if (p.start) return `since ${p.start}`;
  return p.end ? `until ${p.end}` : "undated";
};

Sitrep.renderPeriod = (p, at) => {
  const covers = (!p.start || p.start <= at) && (!p.end || at <= p.end);
  const row = (label, value) => (value ? `<dt>${label}</dt><dd>${Sitrep.escape(value)}</dd>` : "");
  const facts = p.facts.map((f) => Sitrep.renderControlFact(f)).join("");
  const disputed = p.disputed.length
    ? `<div class="disputed-facts"><h4>Disputed by ${p.disputed.length} report(s)</h4>
        ${p.disputed.map((f) => Sitrep.renderControlFact(f)).join("")}</div>`
    : "";
  return `<li class="control-period status-${Sitrep.escape(p.status)}${covers ? " current" : ""}" data-status="${Sitrep.escape(p.status)}">
    <div class="period-head"><span class="status-pill" style="background:${Sitrep.controlColour(p.status)}">${Sitrep.escape(p.status)}</span>
      <span class="period-dates">${Sitrep.escape(Sitrep.periodDates(p))}</span>
      ${covers ? `<span class="hint">on ${Sitrep.escape(at)}</span>` : ""}</div>
    <dl>${row("Controller", p.controller)}${row("Besieger", p.besieger)}${row("Besieged", p.besieged)}
      ${row("Contested by", (p.contested_by || []).join(", "))}${row("Sources", String(p.sources))}
      ${row("Confidence", String(p.confidence))}</dl>
    <div class="supporting">${facts}</div>${disputed}</li>`;
};

/** What a fact says, in words: "A besieges B", "A controls (taken from B)", "A withdrew". */
Sitrep.factSentence = (f) => {
  const actor = f.actor || "(unnamed)";
  const other = f.counterpart;
  switch (f.status) {
    case "controls": return `${actor} controls${other ? ` (taken from ${other})` : ""}`;
    case "besieges": return `${actor} besieges${other ? ` ${other}` : ""}`;
    case "besieged_in": return `${actor} besieged${other ? ` by ${other}` : ""}`;
    case "contests": return `${actor} contests`;
    case "withdrew": return `${actor} withdrew${other ? ` (other side: ${other})` : ""}`;
    default: return `${actor} ${f.status}`;
  }
};

Sitrep.renderControlFact = (f) => {
  const report = f.report || {};
  const meta = [f.source, report.published || f.observed, f.claimed_by ? `claimed by ${f.claimed_by}` : null,
    report.title && report.title !== f.doc_id ? report.title : null, f.operation].filter(Boolean).map(Sitrep.escape).join(" · ");
  const said = [Sitrep.factSentence(f), f.valid_from ? `from ${f.valid_from}` : "",
    f.valid_until ? `until ${f.valid_until}` : ""].filter(Boolean).join(" ");
  const excerpt = report.excerpt;
  const text = excerpt
    ? Sitrep.highlight(excerpt.text, f.evidence.map((e) => ({ ...e, start: e.start - excerpt.start, end: e.end - excerpt.start })))
    : Sitrep.escape(f.evidence.map((e) => `${e.role}: “${e.text}”`).join(" · "));
  return `<div class="control-fact" data-doc-id="${Sitrep.escape(f.doc_id)}">
    <div class="hint">${meta}</div><div class="said">${Sitrep.escape(said)}</div>
    <blockquote class="excerpt">${text}</blockquote></div>`;
};
