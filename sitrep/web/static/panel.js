/* The event panel: the record, its precision codes, and every source report's text with the
   evidence spans highlighted (overlapping spans are split so each character is marked once). */
"use strict";
Sitrep.highlight = (text, spans) => {
  const cuts = new Set([0, text.length]);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = Sitrep.escape(text.slice(a, b));
    const roles = valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.role);
    html += roles.length
      ? `<mark class="evidence" data-role="${Sitrep.escape(roles[0])}" title="${Sitrep.escape(roles.join(", "))}">${piece}</mark>`
      : piece;
  }
  return html;
};

Sitrep.renderEvent = (target, detail) => {
  const e = detail.event;
  const p = detail.precision;
  const row = (label, value) => (value === null || value === undefined || value === "" ? "" :
    `<dt>${label}</dt><dd>${Sitrep.escape(value)}</dd>`);
  const actor = (name, inter) => (name ? `${name}${inter ? ` (type ${inter})` : ""}` : "");
  const code = (c) => (c.code ? `${c.code} — ${c.meaning}` : "");
  const sources = detail.sources.map((s) => Sitrep.renderSource(s)).join("");
  target.innerHTML = `
    <h2><span class="swatch" style="background:${Sitrep.colour(e.event_type)}"></span>
      ${Sitrep.escape(e.sub_event_type)} — ${Sitrep.escape(e.location || e.country || "unknown place")}</h2>
    <p>${Sitrep.escape(e.notes)}</p>
    <dl>
      ${row("Event type", e.event_type)}
      ${row("Date", Sitrep.when(e))}
      <dt>Time precision</dt><dd class="time-precision">${Sitrep.escape(code(p.time))}</dd>
      ${row("Location", [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", "))}
      ${row("Coordinates", e.latitude !== null ? `${e.latitude}, ${e.longitude}` : "")}
      <dt>Geo precision</dt><dd class="geo-precision">${Sitrep.escape(code(p.geo))}</dd>
      ${row("Actor 1", actor(e.actor1, e.inter1))}
      ${row("With", e.assoc_actor_1)}
      ${row("Actor 2", actor(e.actor2, e.inter2))}
      ${row("With", e.assoc_actor_2)}
      ${row("Fatalities", e.fatalities)}
      ${row("Claimed by", e.claimed_by)}
      ${row("Confidence", e.confidence)}
      ${row("Tags", (e.tags || []).join(", "))}
      ${row("Sources", (e.sources || [e.doc_id]).join(", "))}
      ${row("Outlets", e.outlets)}
      ${row("Event id", e.event_id)}
    </dl>
    <h2>${detail.sources.length > 1 ? `${detail.sources.length} source reports` : "Source report"}</h2>
    ${sources}`;
};

Sitrep.renderSource = (s) => {
  const roles = s.evidence.map((e) => `${e.role}: “${e.text}”`).join(" · ");
  if (s.text === null || s.text === undefined) {
    return `<div class="doc"><h3>${Sitrep.escape(s.doc_id)}</h3><p class="hint">The report is not in this store.</p></div>`;
  }
  const meta = [s.source, s.published, s.url].filter(Boolean).map(Sitrep.escape).join(" · ");
  return `<div class="doc" data-doc-id="${Sitrep.escape(s.doc_id)}">
    <h3>${Sitrep.escape(s.title || s.doc_id)}</h3>
    <div class="hint">${meta}</div>
    <div class="roles">${Sitrep.escape(roles)}</div>
    <div class="doc-text">${Sitrep.highlight(s.text, s.evidence)}</div></div>`;
};
