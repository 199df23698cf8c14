// Progressive enhancement: charts drawn from data tables already on the page, and a report form that updates its
// section in place. The table stays the text alternative and the source of every number, so the chart can never show
// something the table does not; without JavaScript the form is a plain GET form and the tables are all there is.
// Chartist (SVG, about 10 KB compressed) rather than a larger library: the indicator page with everything it loads
// must stay under 150 KB, and line and bar charts are all the report draws.
import { BarChart, LineChart, Svg } from 'chartist';
import 'chartist/dist/index.css';

const charts = new Set();

// The site's Content-Security-Policy (style-src 'self') refuses style attributes, which Chartist sets on the chart and
// its labels; the same declarations set through the CSS object model are allowed, so they go that way.
const setAttributes = Svg.prototype.attr;
Svg.prototype.attr = function attr(attributes, ns) {
  if (attributes && typeof attributes === 'object' && 'style' in attributes) {
    const { style, ...rest } = attributes;
    this._node.style.cssText += style ?? '';
    return setAttributes.call(this, rest, ns);
  }
  return setAttributes.call(this, attributes, ns);
};

function numberOf(cell) {
  const value = cell?.dataset.value;
  return value === undefined || value === '' ? null : Number(value);
}

// Axis labels, tooltips and bar labels in the page's language, as the tables beside them (sv "12 000 000").
function format(value) {
  return value === null || value === undefined || Number.isNaN(value)
    ? '–'
    : new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 2 }).format(value);
}

// A point is a number, null, or { value, meta } when its cell carries flag letters (data-flags).
function plain(point) {
  return point !== null && typeof point === 'object' ? point.value : point;
}

// A cell's figure, with its flag letters as the point's meta so that the tooltip names them as the table does.
function pointOf(cell) {
  const value = numberOf(cell);
  const flags = cell?.dataset?.flags;
  return value !== null && flags ? { value, meta: flags } : value;
}

// " (p: Provisional)": the letters with the words the page's flag legend gives them, in the page's language.
function flagText(letters) {
  if (!letters || typeof letters !== 'string') {
    return '';
  }

  const words = Object.fromEntries(Array.from(document.querySelectorAll('.flag-legend abbr.flags')).map((a) => [a.textContent.trim(), a.title]));
  return ` (${Array.from(letters).map((l) => (words[l] ? `${l}: ${words[l]}` : l)).join(', ')})`;
}

// Each series as an index of its first value (= 100), so that regions of different size can be compared over time.
function indexed(series) {
  return series.map((s) => {
    const base = s.data.map(plain).find((v) => v !== null && v !== 0);
    return {
      ...s,
      data: s.data.map((p) => {
        const v = plain(p);
        const value = v === null || base === undefined ? null : Math.round((v / base) * 1000) / 10;
        return value !== null && p !== null && typeof p === 'object' ? { value, meta: p.meta } : value;
      }),
    };
  });
}

// The chart's stylesheet comes beside this script and is only fetched when a chart is drawn.
const stylesheet = document.currentScript?.src.replace(/\.js(\?.*)?$/, '.css$1');
function ensureStylesheet() {
  if (stylesheet && !document.querySelector('link[data-charts]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    link.dataset.charts = '';
    document.head.append(link);
  }
}

// Room for the longest category label on a horizontal bar chart, in pixels.
function labelWidth(labels) {
  return Math.min(220, Math.max(40, ...labels.map((l) => l.length * 7.5)));
}

// Values written at the end of each bar and a native tooltip on every point and bar, both in the page's language.
function annotate(chart, withBarLabels) {
  chart.on('draw', (data) => {
    if (data.type === 'bar' || data.type === 'point') {
      const value = data.type === 'bar' && data.value && typeof data.value === 'object' ? data.value.x ?? data.value.y : data.value?.y ?? data.value;
      const name = data.series?.name ? `${data.series.name}: ` : '';
      data.element.elem('title').text(`${name}${format(value)}${flagText(data.meta)}`);
      if (data.type === 'bar' && withBarLabels && value !== null && value !== undefined) {
        data.group.elem('text', { x: data.x2 + 4, y: data.y2 + 4, class: 'ct-bar-label' }).text(format(value));
      }
    }
  });
}

function legend(names) {
  const list = document.createElement('ul');
  list.className = 'ct-legend';
  names.forEach((name, i) => {
    const item = document.createElement('li');
    item.className = `ct-series-${String.fromCharCode(97 + (i % 26))}`;
    item.textContent = name;
    list.append(item);
  });
  return list;
}

function barChart(table, container) {
  const rows = Array.from(table.tBodies[0]?.rows ?? [])
    .map((row) => ({ label: row.cells[0].textContent.trim(), value: numberOf(row.querySelector('[data-value]')), point: pointOf(row.querySelector('[data-value]')) }))
    .filter((row) => row.value !== null);
  if (rows.length === 0) {
    return null;
  }

  const labels = rows.map((r) => r.label);
  // Reversed here rather than with Chartist's reverseData, which reverses the values but not the points' meta (the flags).
  const chart = new BarChart(container, { labels: [...labels].reverse(), series: [rows.map((r) => r.point).reverse()] }, {
    horizontalBars: true,
    height: `${Math.max(160, rows.length * 26 + 40)}px`,
    chartPadding: { right: 64, top: 8 },
    axisY: { offset: labelWidth(labels) },
    axisX: { labelInterpolationFnc: format, onlyInteger: false },
  });
  annotate(chart, true);
  return { chart };
}

// Each column after the first is a series named by its header; each row is a period.
function lineChart(table, container) {
  const names = Array.from(table.tHead?.rows[0]?.cells ?? []).slice(1).map((th) => th.textContent.trim());
  const rows = Array.from(table.tBodies[0]?.rows ?? []);
  if (names.length === 0 || rows.length === 0) {
    return null;
  }

  const series = names.map((name, i) => ({ name, data: rows.map((row) => pointOf(row.cells[i + 1])) }));
  const labels = rows.map((row) => row.cells[0].textContent.trim());
  container.before(legend(names));
  const chart = new LineChart(container, { labels, series }, {
    height: '320px',
    lineSmooth: false,
    fullWidth: true,
    chartPadding: { right: 40, top: 16 },
    axisY: { labelInterpolationFnc: format, offset: 72 },
  });
  annotate(chart, false);
  return { chart, labels, series };
}

// Grouped bars for a breakdown by two dimensions: each row is a category, each header marked data-series a bar in it.
function groupedBarChart(table, container) {
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  const columns = headers.map((th, i) => ({ name: th.textContent.trim(), index: i })).filter(({ index }) => 'series' in headers[index].dataset);
  const rows = Array.from(table.tBodies[0]?.rows ?? []);
  if (columns.length === 0 || rows.length === 0) {
    return null;
  }

  const labels = rows.map((row) => row.cells[0].textContent.trim());
  container.before(legend(columns.map((c) => c.name)));
  // Reversed here rather than with reverseData, as in barChart, so that each point keeps its flags.
  const chart = new BarChart(container, {
    labels: [...labels].reverse(),
    series: columns.map(({ name, index }) => ({ name, data: rows.map((row) => pointOf(row.cells[index])).reverse() })).reverse(),
  }, {
    horizontalBars: true,
    seriesBarDistance: 14,
    height: `${Math.max(200, rows.length * columns.length * 18 + 60)}px`,
    chartPadding: { right: 64, top: 8 },
    axisY: { offset: labelWidth(labels) },
    axisX: { labelInterpolationFnc: format },
  });
  annotate(chart, true);
  return { chart };
}

const builders = { line: lineChart, bar: barChart, bars: groupedBarChart };

function draw(table) {
  ensureStylesheet();
  const figure = document.createElement('div');
  figure.className = 'chart';
  figure.dataset.chartFor = table.id || '';
  // The chart repeats the table below it; screen readers get the table, not the picture twice.
  figure.setAttribute('aria-hidden', 'true');
  const container = document.createElement('div');
  figure.append(container);
  table.closest('.table-scroll').before(figure);
  const built = builders[table.dataset.chart](table, container);
  if (built === null) {
    figure.remove();
    return;
  }
  charts.add(built.chart);

  // The over-time chart offers an index view (first value = 100); the table keeps the figures as published.
  const label = table.dataset.indexLabel;
  if (table.dataset.chart === 'line' && label) {
    const choice = document.createElement('p');
    choice.className = 'check chart-choice';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `${table.id || 'chart'}-index`;
    const text = document.createElement('label');
    text.htmlFor = box.id;
    text.textContent = label;
    choice.append(box, text);
    figure.before(choice);
    box.addEventListener('change', () => built.chart.update({ labels: built.labels, series: box.checked ? indexed(built.series) : built.series }));
  }
}

function drawAll(root) {
  root.querySelectorAll('table[data-chart="bar"], table[data-chart="bars"], table[data-chart="line"]').forEach(draw);
}

// A change in the report form fetches the same page with the new query and swaps the report in place: focus stays on
// the control just changed, a live region says the report changed, and the address updates so it can be shared.
function enhance(form) {
  form.addEventListener('change', async () => {
    const url = new URL(form.action, window.location.href);
    url.search = new URLSearchParams(new FormData(form)).toString();
    url.hash = '';
    const focused = document.activeElement?.id;
    let html;
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      html = await response.text();
    } catch {
      form.submit();
      return;
    }

    const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('report');
    const current = document.getElementById('report');
    if (!fresh || !current) {
      form.submit();
      return;
    }

    charts.forEach((chart) => {
      if (current.contains(chart.container)) {
        chart.detach();
        charts.delete(chart);
      }
    });
    current.replaceWith(fresh);
    window.history.replaceState(null, '', url);
    drawAll(fresh);
    fresh.querySelectorAll('form[data-report-form]').forEach(enhance);
    if (focused) {
      document.getElementById(focused)?.focus();
    }

    const status = document.getElementById('report-status');
    if (status) {
      status.textContent = '';
      window.setTimeout(() => { status.textContent = status.dataset.message ?? ''; }, 50);
    }
  });
}

drawAll(document);
document.querySelectorAll('form[data-report-form]').forEach(enhance);
