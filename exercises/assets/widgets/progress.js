// Saved questionnaire results over time, as the core laid them out (questionnaire_results.py): a
// sentence, an SVG chart (drawn from the core's coordinates) and the same figures as a table.
// Every text is set with textContent.

import { element as html } from "../ui.js";
import { direction, t } from "../i18n.js";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes = {}, text = "") {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text) node.textContent = text;
  return node;
}

/** A point's mark: a circle for the first line, a square for the second (not colour alone). */
function mark(style, [x, y]) {
  return style === 0
    ? svg("circle", { cx: x, cy: y, r: 4.5, class: "ex-progress-mark ex-progress-line--0" })
    : svg("rect", { x: x - 4, y: y - 4, width: 8, height: 8, class: "ex-progress-mark ex-progress-line--1" });
}

/** The chart as the core laid it out (dates left to right), mirrored for a right-to-left page: dates
 * then run right to left, as time does in that reading order, and the scores' labels sit on the right. */
function laidOut(chartData) {
  if (direction !== "rtl") return chartData;
  const { width, area } = chartData;
  const x = (value) => Math.round((width - value) * 10) / 10;
  const swap = { start: "end", end: "start" };
  return {
    ...chartData,
    area: { ...area, left: x(area.right), right: x(area.left) },
    x_ticks: chartData.x_ticks.map((tick) => ({ ...tick, x: x(tick.x), anchor: swap[tick.anchor] ?? tick.anchor })),
    lines: chartData.lines.map((line) => ({ ...line, points: line.points.map(([px, py]) => [x(px), py]) })),
    mirrored: true,
  };
}

function chart(group) {
  const { width, height, area, y_ticks: yTicks, x_ticks: xTicks, lines, mirrored } = laidOut(group.chart);
  // The labels' anchors are left and right as drawn: the chart's own direction is left to right.
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "ex-progress-svg", role: "img", direction: "ltr",
    focusable: "false",
    // i18n: What a screen reader says for the chart of saved questionnaire results. {low} and {high}
    // are the ends of the answer scale.
    "aria-label": t("progress.chart_label", "A chart of the scores in the table below, by date, on the scale from "
      + "{low} to {high}.", { low: group.low, high: group.high }) });
  for (const tick of yTicks) {
    root.append(svg("line", { x1: area.left, x2: area.right, y1: tick.y, y2: tick.y, class: "ex-progress-grid" }));
    const label = mirrored ? { x: area.right + 8, "text-anchor": "start" } : { x: area.left - 8, "text-anchor": "end" };
    root.append(svg("text", { ...label, y: tick.y + 4, class: "ex-progress-label" }, tick.label));
  }
  for (const tick of xTicks) {
    root.append(svg("text", { x: tick.x, y: area.bottom + 22, "text-anchor": tick.anchor, class: "ex-progress-label" }, tick.label));
  }
  for (const line of lines) {
    const points = line.points.map(([x, y]) => `${x},${y}`).join(" ");
    root.append(svg("polyline", { points, class: `ex-progress-line ex-progress-line--${line.style}` }));
    for (const point of line.points) root.append(mark(line.style, point));
  }
  return root;
}

function legend(group) {
  const list = html("ul", "ex-progress-legend");
  group.chart.lines.forEach((line) => {
    const sample = svg("svg", { viewBox: "0 0 36 12", width: 36, height: 12, "aria-hidden": "true", focusable: "false" });
    sample.append(svg("line", { x1: 2, x2: 34, y1: 6, y2: 6, class: `ex-progress-line ex-progress-line--${line.style}` }));
    sample.append(mark(line.style, [18, 6]));
    const item = html("li");
    item.append(sample, document.createTextNode(` ${line.name}`));
    list.append(item);
  });
  return list;
}

function table(group) {
  const node = html("table", "ex-progress-table");
  // i18n: The caption of the table of saved questionnaire results. {low} and {high}: the scale's ends.
  node.append(html("caption", "", t("progress.table_caption", "Your saved results, oldest first (scale {low} to "
    + "{high})", { low: group.low, high: group.high })));
  const head = html("tr");
  // i18n: A column heading in the table of saved questionnaire results: the day a result was saved.
  const date = t("progress.date", "Date");
  // i18n: A column heading in the table of saved questionnaire results: how many questions were skipped.
  const skipped = t("progress.skipped", "Questions skipped");
  for (const name of [date, ...group.series.map((s) => s.name), skipped]) {
    const th = html("th", "", name);
    th.scope = "col";
    head.append(th);
  }
  const body = html("tbody");
  for (const row of group.rows) {
    const tr = html("tr");
    const date = html("th", "", row.date);
    date.scope = "row";
    tr.append(date, ...row.values.map((v) => html("td", "", v)), html("td", "", String(row.skipped)));
    body.append(tr);
  }
  node.append(html("thead"), body);
  node.tHead.append(head);
  // A wide table scrolls sideways on a phone, inside a box the keyboard can reach.
  const box = html("div", "ex-progress-table-box");
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  // i18n: What a screen reader calls the box holding the table of saved results (it scrolls sideways).
  box.setAttribute("aria-label", t("progress.table_label", "Your saved results"));
  box.append(node);
  return box;
}

/** One questionnaire's saved results over time. */
export function progressView(group) {
  const block = html("div", "ex-progress-group");
  // i18n: The name of a questionnaire in the journal's chart, when its results have no title.
  block.append(html("p", "ex-progress-name", group.title || t("kind.questionnaire", "Questionnaire")),
    html("p", "ex-progress-sentence", group.sentence));
  const figure = html("figure", "ex-progress-chart");
  const caption = html("figcaption");
  caption.append(legend(group));
  figure.append(chart(group), caption);
  block.append(figure, table(group));
  return block;
}
