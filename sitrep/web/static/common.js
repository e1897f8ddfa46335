/* Shared helpers for the sitrep page: API calls, colours, escaping. Uses only /api. */
"use strict";
const Sitrep = {};

Sitrep.TYPES = [
  ["Battles", "#d62728"],
  ["Explosions/Remote violence", "#ff7f0e"],
  ["Violence against civilians", "#9467bd"],
  ["Protests", "#2ca02c"],
  ["Riots", "#8c564b"],
  ["Strategic developments", "#1f77b4"],
];
Sitrep.colour = (type) => (Sitrep.TYPES.find(([name]) => name === type) || [null, "#607d8b"])[1];

Sitrep.escape = (text) =>
  String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** GET or POST an API path; resolves to JSON, rejects with the server's error message. */
Sitrep.api = async (path, options = {}) => {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
  }
  return body;
};

/** Query string from an object, leaving out empty values. */
Sitrep.query = (params) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
};

Sitrep.when = (e) => {
  if (e.event_date) return e.event_date;
  if (e.date_start && e.date_end) return e.date_start === e.date_end ? e.date_start : `${e.date_start} – ${e.date_end}`;
  return "undated";
};

Sitrep.day = (e) => e.event_date || e.date_start || null;
