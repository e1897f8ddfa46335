/* The timeline: stacked bars of events per period by type on a time axis, with a brush.
   Dragging across it calls onBrush(since, until) with ISO days; clear() removes the range. */
"use strict";
Sitrep.Timeline = class {
  constructor(svg, { onBrush }) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.periods = [];
    this.range = null;
    this.svg.addEventListener("mousedown", (ev) => this.start(ev));
    window.addEventListener("mousemove", (ev) => this.move(ev));
    window.addEventListener("mouseup", (ev) => this.end(ev));
    window.addEventListener("resize", () => this.draw());
  }

  static DAY = 86400000;
  static parse(day) { return Date.parse(`${day}T00:00:00Z`); }
  static iso(ms) { return new Date(ms).toISOString().slice(0, 10); }

  show(counts) {
    this.periods = counts.periods;
    const starts = this.periods.map((p) => Sitrep.Timeline.parse(p.start));
    const ends = this.periods.map((p) => Sitrep.Timeline.parse(p.end) + Sitrep.Timeline.DAY);
    this.t0 = Math.min(...starts);
    this.t1 = Math.max(...ends);
    const pad = Math.max((this.t1 - this.t0) * 0.02, Sitrep.Timeline.DAY);
    this.t0 -= pad;
    this.t1 += pad;
    this.draw();
  }

  get width() { return this.svg.clientWidth || 800; }
  get height() { return this.svg.clientHeight || 110; }
  x(ms) { return 30 + ((ms - this.t0) / (this.t1 - this.t0)) * (this.width - 40); }
  time(x) { return this.t0 + ((x - 30) / (this.width - 40)) * (this.t1 - this.t0); }

  draw() {
    const ns = "http://www.w3.org/2000/svg";
    this.svg.innerHTML = "";
    if (!this.periods.length) {
      const text = document.createElementNS(ns, "text");
      text.setAttribute("x", 30); text.setAttribute("y", 50);
      text.textContent = "No dated events";
      this.svg.appendChild(text);
      return;
    }
    const base = this.height - 18;
    const most = Math.max(...this.periods.map((p) => p.total));
    const scale = (base - 8) / most;
    for (const p of this.periods) {
      const left = this.x(Sitrep.Timeline.parse(p.start));
      const right = this.x(Sitrep.Timeline.parse(p.end) + Sitrep.Timeline.DAY);
      const width = Math.max(right - left - 1, 3);
      let top = base;
      for (const [type, colour] of Sitrep.TYPES) {
        const n = p.counts[type] || 0;
        if (!n) continue;
        const bar = document.createElementNS(ns, "rect");
        bar.setAttribute("x", left); bar.setAttribute("width", width);
        bar.setAttribute("y", top - n * scale); bar.setAttribute("height", n * scale);
        bar.setAttribute("fill", colour);
        bar.setAttribute("class", "bar");
        const title = document.createElementNS(ns, "title");
        title.textContent = `${p.start}${p.end !== p.start ? " – " + p.end : ""}: ${n} ${type}`;
        bar.appendChild(title);
        this.svg.appendChild(bar);
        top -= n * scale;
      }
    }
    this.axis(ns, base);
    this.drawBrush(ns);
  }

  axis(ns, base) {
    const group = document.createElementNS(ns, "g");
    group.setAttribute("class", "axis");
    const line = document.createElementNS(ns, "line");
    line.setAttribute("x1", 30); line.setAttribute("x2", this.width - 10);
    line.setAttribute("y1", base); line.setAttribute("y2", base); line.setAttribute("stroke", "#999");
    group.appendChild(line);
    const ticks = Math.max(2, Math.floor(this.width / 110));
    for (let i = 0; i <= ticks; i++) {
      const ms = this.t0 + ((this.t1 - this.t0) * i) / ticks;
      const label = document.createElementNS(ns, "text");
      label.setAttribute("x", this.x(ms)); label.setAttribute("y", base + 13);
      label.setAttribute("text-anchor", "middle");
      label.textContent = Sitrep.Timeline.iso(ms);
      group.appendChild(label);
    }
    this.svg.appendChild(group);
  }

  drawBrush(ns) {
    if (!this.range) return;
    const [a, b] = this.range;
    const rect = document.createElementNS(ns, "rect");
    rect.setAttribute("class", "brush");
    rect.setAttribute("x", Math.min(a, b)); rect.setAttribute("y", 2);
    rect.setAttribute("width", Math.abs(b - a)); rect.setAttribute("height", this.height - 20);
    this.svg.appendChild(rect);
  }

  local(ev) { return ev.clientX - this.svg.getBoundingClientRect().left; }

  start(ev) {
    if (!this.periods.length) return;
    this.dragging = true;
    this.range = [this.local(ev), this.local(ev)];
    ev.preventDefault();
  }

  move(ev) {
    if (!this.dragging) return;
    this.range[1] = this.local(ev);
    this.draw();
  }

  end(ev) {
    if (!this.dragging) return;
    this.dragging = false;
    this.range[1] = this.local(ev);
    const [a, b] = this.range.slice().sort((p, q) => p - q);
    if (b - a < 3) { this.clear(); this.onBrush(null, null); return; }
    this.draw();
    const since = Sitrep.Timeline.iso(this.time(a));
    const until = Sitrep.Timeline.iso(this.time(b));
    this.onBrush(since, until);
  }

  clear() { this.range = null; this.draw(); }
};
