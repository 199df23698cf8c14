// Progressive enhancement: a chart drawn from a data table already on the page. The table stays the text
// alternative and the source of every number, so the chart can never show something the table does not.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

function rowsOf(table) {
  return Array.from(table.tBodies[0]?.rows ?? [])
    .map((row) => ({ label: row.cells[0].textContent.trim(), value: row.querySelector('[data-value]')?.dataset.value }))
    .filter((row) => row.value !== undefined && row.value !== '')
    .map((row) => ({ label: row.label, value: Number(row.value) }));
}

function draw(table) {
  const rows = rowsOf(table);
  if (rows.length === 0) {
    return;
  }

  const container = document.createElement('div');
  container.className = 'chart';
  // The chart repeats the table below it; screen readers get the table, not the picture twice.
  container.setAttribute('aria-hidden', 'true');
  table.closest('.table-scroll').before(container);
  const chart = echarts.init(container, null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
    series: [{ type: 'bar', data: rows.map((r) => r.value), itemStyle: { color: '#00557a' } }],
  });
  container.style.height = `${Math.max(160, rows.length * 26 + 40)}px`;
  chart.resize();
  window.addEventListener('resize', () => chart.resize());
}

document.querySelectorAll('table[data-chart="bar"]').forEach(draw);
