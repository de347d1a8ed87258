// Draws each chart from the JSON in its data-chart attribute: the same numbers as the table beside it.
// A chart has years (a line over time) or categories (bars side by side, with kind 'bar').
// The chart is for people who look at trends; screen readers read the table (the chart is aria-hidden).
const GOVUK_COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#28a197', '#d53880', '#b58840'];

for (const element of document.querySelectorAll('[data-chart]')) {
    const chart = JSON.parse(element.dataset.chart);
    const percent = chart.unit === '%';
    window.echarts.init(element, null, { renderer: 'canvas' }).setOption({
        color: GOVUK_COLOURS,
        animation: false,
        textStyle: { fontFamily: '"GDS Transport", arial, sans-serif', fontSize: 14 },
        tooltip: { trigger: 'axis', valueFormatter: value => value == null ? 'none' : value + (percent ? '%' : '') },
        legend: { show: chart.series.length > 1, bottom: 0 },
        grid: { left: 48, right: 16, top: 16, bottom: (chart.series.length > 1 ? 64 : 32) + (chart.categories ? 24 : 0) },
        xAxis: chart.categories
            ? { type: 'category', data: chart.categories, axisLabel: { interval: 0, width: 72, overflow: 'break' } }
            : { type: 'category', data: chart.years.map(year => (year - 1) + '-' + String(year).slice(2)) },
        yAxis: { type: 'value', min: 0, max: percent ? 100 : null, axisLabel: { formatter: percent ? '{value}%' : '{value}' } },
        series: chart.series.map(series => ({ name: series.name, type: chart.kind ?? 'line', symbolSize: 8, connectNulls: false, data: series.data }))
    });
}
