// Progressive enhancement: charts drawn from data tables already on the page, and a report form that updates its
// section in place. The table stays the text alternative and the source of every number, so the chart can never show
// something the table does not; without JavaScript the form is a plain GET form and the tables are all there is.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const palette = ['#00557a', '#b34700', '#3d7a28', '#6b3fa0', '#8a6d00', '#a3174a', '#2f4f4f', '#555555'];
const charts = new Set();

function numberOf(cell) {
  const value = cell?.dataset.value;
  return value === undefined || value === '' ? null : Number(value);
}

function format(value) {
  return new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 2 }).format(value);
}

// Axis labels, tooltips and bar labels in the page's language, as the tables beside them (sv "12 000 000").
function valueFormatter(value) {
  return value === null || value === undefined ? '–' : format(value);
}

// Each series as an index of its first value (= 100), so that regions of different size can be compared over time.
function indexed(series) {
  return series.map((s) => {
    const base = s.data.find((v) => v !== null && v !== 0);
    return { ...s, data: s.data.map((v) => (v === null || base === undefined ? null : Math.round((v / base) * 1000) / 10)) };
  });
}

function barOption(table) {
  const rows = Array.from(table.tBodies[0]?.rows ?? [])
    .map((row) => ({ label: row.cells[0].textContent.trim(), value: numberOf(row.querySelector('[data-value]')) }))
    .filter((row) => row.value !== null);
  if (rows.length === 0) {
    return null;
  }

  return {
    height: Math.max(160, rows.length * 26 + 40),
    option: {
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter },
      xAxis: { type: 'value', axisLabel: { formatter: format } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
      series: [{
        type: 'bar',
        data: rows.map((r) => r.value),
        itemStyle: { color: palette[0] },
        label: { show: true, position: 'right', formatter: (p) => format(p.value) },
      }],
    },
  };
}

// Each column after the first is a series named by its header; each row is a period.
function lineOption(table) {
  const names = Array.from(table.tHead?.rows[0]?.cells ?? []).slice(1).map((th) => th.textContent.trim());
  const rows = Array.from(table.tBodies[0]?.rows ?? []);
  if (names.length === 0 || rows.length === 0) {
    return null;
  }

  const series = names.map((name, i) => ({
    name,
    type: 'line',
    data: rows.map((row) => numberOf(row.cells[i + 1])),
    connectNulls: false,
    symbolSize: 7,
    color: palette[i % palette.length],
  }));
  return {
    height: 320,
    option: {
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', valueFormatter },
      xAxis: { type: 'category', data: rows.map((row) => row.cells[0].textContent.trim()) },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: format } },
      series,
    },
  };
}

// Grouped bars for a breakdown by two dimensions: each row is a category, each header marked data-series a bar in it.
function groupedBarOption(table) {
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  const columns = headers.map((th, i) => ({ name: th.textContent.trim(), index: i })).filter(({ index }) => 'series' in headers[index].dataset);
  const rows = Array.from(table.tBodies[0]?.rows ?? []);
  if (columns.length === 0 || rows.length === 0) {
    return null;
  }

  return {
    height: Math.max(200, rows.length * columns.length * 18 + 80),
    option: {
      grid: { left: 8, right: 64, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter },
      xAxis: { type: 'value', axisLabel: { formatter: format } },
      yAxis: { type: 'category', data: rows.map((row) => row.cells[0].textContent.trim()), inverse: true },
      series: columns.map(({ name, index }, i) => ({
        name,
        type: 'bar',
        data: rows.map((row) => numberOf(row.cells[index])),
        color: palette[i % palette.length],
        label: { show: true, position: 'right', formatter: (p) => format(p.value) },
      })),
    },
  };
}

const options = { line: lineOption, bar: barOption, bars: groupedBarOption };

function draw(table) {
  const built = options[table.dataset.chart](table);
  if (built === null) {
    return;
  }

  const container = document.createElement('div');
  container.className = 'chart';
  container.dataset.chartFor = table.id || '';
  // The chart repeats the table below it; screen readers get the table, not the picture twice.
  container.setAttribute('aria-hidden', 'true');
  table.closest('.table-scroll').before(container);
  container.style.height = `${built.height}px`;
  const chart = echarts.init(container, null, { renderer: 'svg' });
  chart.setOption({ animation: false, ...built.option });
  charts.add(chart);

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
    container.before(choice);
    const raw = built.option.series;
    box.addEventListener('change', () => chart.setOption({ series: box.checked ? indexed(raw) : raw }));
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

    current.querySelectorAll('.chart').forEach((node) => {
      const chart = echarts.getInstanceByDom(node);
      if (chart) {
        charts.delete(chart);
        chart.dispose();
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
window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
