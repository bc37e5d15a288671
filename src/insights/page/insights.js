// The insights page: fetches /insights/api/data for the chosen period and draws it. Charts are
// uPlot (served by this server from its npm package); every value is inserted as text, never as
// markup, because gap examples are what people pasted. Each chart keeps the numbers it was drawn
// from in data-series and in a table under it, for screen readers and for checking.
'use strict';

(() => {
  const PERIODS = [['24h', 'Last 24 hours'], ['7d', 'Last 7 days'], ['30d', 'Last 30 days']];
  const asked = new URLSearchParams(location.search).get('period');
  const period = PERIODS.some(([p]) => p === asked) ? asked : '7d';
  const charts = [];
  let data;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else node.setAttribute(name, String(value));
    }
    for (const child of children) if (child !== undefined && child !== null) node.append(child instanceof Node ? child : String(child));
    return node;
  }

  function color(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '–' : `${Math.round(rate * 100)}%`;
  }

  function when(iso) {
    return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '–';
  }

  function bucketLabel(iso) {
    return data.period.bucket === 'hour' ? `${iso.slice(11, 16)}` : iso.slice(0, 10);
  }

  function renderPeriods() {
    const nav = document.getElementById('periods');
    nav.replaceChildren(...PERIODS.map(([p, label]) => el('a', { href: `?period=${p}`, 'aria-current': p === period ? 'page' : undefined }, label)));
  }

  function exportLinks(id, files) {
    document.getElementById(id).replaceChildren(
      ...files.map(([file, label]) => el('a', { href: `/insights/export/${file}?period=${period}`, download: '' }, label)),
    );
  }

  function renderSummary() {
    const t = data.totals;
    const tiles = [
      ['questions', 'Questions', t.questions],
      ['answer', 'Answered', t.answer],
      ['clarify', 'Clarified', t.clarify],
      ['none', 'Unanswered', t.none],
      ['solved-rate', 'Solved rate', percent(t.solvedRate)],
      ['not-it-rate', '“Not it” rate', percent(t.notItRate)],
      ['escalations', 'Escalated', t.escalations],
    ];
    document.getElementById('summary').replaceChildren(
      ...tiles.map(([key, label, value]) => el('div', { class: 'tile', 'data-key': key }, el('span', { class: 'tile-value' }, value), el('span', { class: 'tile-label' }, label))),
    );
  }

  // Integer ticks for counts; uPlot's own ticks for the rest.
  function countAxis() {
    return { stroke: color('muted'), grid: { stroke: color('grid') }, ticks: { stroke: color('grid') }, values: (u, ticks) => ticks.map((v) => (Number.isInteger(v) ? v : '')) };
  }

  function timeAxis() {
    return { stroke: color('muted'), grid: { show: false }, ticks: { stroke: color('grid') } };
  }

  function xs() {
    return data.period.buckets.map((iso) => Date.parse(iso) / 1000);
  }

  function halfBucket() {
    return data.period.bucket === 'hour' ? 1800 : 43200;
  }

  function dataTable(labels, series, format) {
    const names = Object.keys(series);
    return el(
      'details',
      { class: 'numbers' },
      el('summary', {}, 'Show the numbers'),
      el(
        'table',
        { class: 'chart-data' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, data.period.bucket === 'hour' ? 'Hour (UTC)' : 'Day (UTC)'), ...names.map((n) => el('th', { scope: 'col' }, n)))),
        el('tbody', {}, ...labels.map((label, i) => el('tr', {}, el('th', { scope: 'row' }, label), ...names.map((n) => el('td', {}, format(series[n][i])))))),
      ),
    );
  }

  function makeChart(figure, options, rows) {
    const width = Math.max(280, figure.clientWidth || 640);
    const chart = new uPlot({ width, height: 240, tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'), ...options }, rows, figure);
    charts.push({ chart, figure });
    return chart;
  }

  // Stacked bars: each series is drawn as the running total up to it, the tallest first, so every
  // visible band is one series; the legend and data-series keep the plain counts.
  function stackedBars(id, series, colors) {
    const figure = document.getElementById(id);
    figure.replaceChildren();
    const names = Object.keys(series);
    figure.dataset.series = JSON.stringify({ buckets: data.period.buckets, series });
    figure.setAttribute('aria-label', names.map((n) => `${n}: ${series[n].reduce((a, b) => a + b, 0)}`).join(', '));
    const running = [];
    names.forEach((name, i) => running.push(series[name].map((v, j) => v + (i > 0 ? running[i - 1][j] : 0))));
    const order = names.map((_, i) => i).reverse();
    const bars = uPlot.paths.bars({ size: [0.7, 48] });
    const half = halfBucket();
    makeChart(
      figure,
      {
        scales: { x: { time: true, range: (u, min, max) => [min - half, max + half] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
        axes: [timeAxis(), countAxis()],
        series: [
          {},
          ...order.map((i) => ({
            label: names[i],
            stroke: colors[i],
            fill: colors[i],
            width: 0,
            paths: bars,
            points: { show: false },
            value: (u, v, s, idx) => (idx === null || idx === undefined ? '–' : series[names[i]][idx]),
          })),
        ],
      },
      [xs(), ...order.map((i) => running[i])],
    );
    figure.append(dataTable(data.period.buckets.map(bucketLabel), series, (v) => v));
  }

  function rateLines(id, series, colors) {
    const figure = document.getElementById(id);
    figure.replaceChildren();
    const names = Object.keys(series);
    figure.dataset.series = JSON.stringify({ buckets: data.period.buckets, series });
    const half = halfBucket();
    makeChart(
      figure,
      {
        scales: { x: { time: true, range: (u, min, max) => [min - half, max + half] }, y: { range: [0, 1] } },
        axes: [timeAxis(), { ...countAxis(), values: (u, ticks) => ticks.map((v) => `${Math.round(v * 100)}%`) }],
        series: [{}, ...names.map((name, i) => ({ label: name, stroke: colors[i], width: 2, spanGaps: false, points: { show: true, size: 6 }, value: (u, v) => percent(v) }))],
      },
      [xs(), ...names.map((n) => series[n])],
    );
    figure.append(dataTable(data.period.buckets.map(bucketLabel), series, percent));
  }

  function sparkline(values) {
    const holder = el('div', { class: 'spark', 'data-series': JSON.stringify(values), role: 'img', 'aria-label': `Answers per ${data.period.bucket}: ${values.join(', ')}` });
    const chart = new uPlot(
      {
        width: 120,
        height: 28,
        legend: { show: false },
        cursor: { show: false },
        select: { show: false },
        axes: [{ show: false }, { show: false }],
        scales: { x: { time: false }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
        series: [{}, { stroke: color('series-1'), fill: color('spark-fill'), width: 1.5, points: { show: false } }],
      },
      [values.map((_, i) => i), values],
      holder,
    );
    charts.push({ chart, spark: true });
    return holder;
  }

  function renderTable(id, rows, columns) {
    const table = document.getElementById(id);
    if (rows.length === 0) {
      table.replaceChildren(el('caption', { class: 'muted' }, 'Nothing recorded in this period.'));
      return;
    }
    table.replaceChildren(
      el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { scope: 'col', class: c.numeric ? 'num' : undefined }, c.label)))),
      el('tbody', {}, ...rows.map((row) => el('tr', { 'data-id': row.sectionId ? `${row.articleId}#${row.sectionId}` : row.articleId }, ...columns.map((c) => el('td', { class: c.numeric ? 'num' : undefined, 'data-col': c.key }, c.render(row)))))),
    );
  }

  const COUNT_COLUMNS = [
    { key: 'answers', label: 'Answers', numeric: true, render: (r) => r.answers },
    { key: 'solved', label: 'Solved', numeric: true, render: (r) => r.solved },
    { key: 'notIt', label: 'Not it', numeric: true, render: (r) => r.notIt },
    { key: 'escalations', label: 'Escalations', numeric: true, render: (r) => r.escalations },
    { key: 'trend', label: 'Answers over the period', render: (r) => sparkline(r.series) },
  ];

  function renderGaps() {
    const list = document.getElementById('gaps');
    if (data.gaps.length === 0) {
      list.replaceChildren(el('li', { class: 'muted' }, 'No unanswered or “not it” questions in this period.'));
      return;
    }
    list.replaceChildren(
      ...data.gaps.map((gap) =>
        el(
          'li',
          { class: 'gap', 'data-count': gap.count },
          el('div', { class: 'gap-head' }, el('span', { class: 'gap-count' }, gap.count), el('code', { class: 'gap-signature' }, gap.signature)),
          el('p', { class: 'muted' }, `${gap.none} unanswered, ${gap.notIt} “not it”, in ${gap.threads} conversation${gap.threads === 1 ? '' : 's'} · first ${when(gap.firstAt)} · last ${when(gap.lastAt)}`),
          el('div', { class: 'examples' }, ...gap.examples.map((text) => el('pre', { class: 'example' }, text))),
          gap.rejected.length > 0 ? el('p', {}, el('strong', {}, 'Rejected: '), gap.rejected.map((r) => `${r.title} (${r.count})`).join('; ')) : null,
          gap.closest.length > 0 ? el('p', {}, el('strong', {}, 'Closest articles: '), gap.closest.map((c) => c.title).join('; ')) : el('p', { class: 'muted' }, 'No article comes close.'),
        ),
      ),
    );
  }

  function renderHealth() {
    const h = data.health;
    const t = data.answerTime;
    const items = [
      ['Answer time p50', t.p50Ms === null ? '–' : `${t.p50Ms} ms`],
      ['Answer time p99', t.p99Ms === null ? '–' : `${t.p99Ms} ms`],
      ['Questions timed', t.count],
      [h.indexBuilt ? 'Index built at start' : 'Index loaded in', `${h.indexMs} ms`],
      ['Articles loaded', h.articles],
      ['Sections loaded', h.sections],
      ['Lint warnings', h.lint.warnings],
      ['Articles skipped (lint errors)', h.lint.errors],
      ['Store', `${h.store.kind}${h.store.ok ? '' : ` — ${h.store.detail || 'degraded'}`}`],
    ];
    document.getElementById('health').replaceChildren(...items.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
    document.getElementById('lint').replaceChildren(...h.lint.findings.map((f) => el('li', { class: f.severity }, `${f.severity}: ${f.file}: ${f.field}: ${f.message}`)));
  }

  function renderCharts() {
    for (const { chart } of charts.splice(0)) chart.destroy();
    const buckets = data.activity.buckets;
    const surfaces = {};
    for (const s of data.activity.surfaces) surfaces[s] = buckets.map((b) => b.bySurface[s] || 0);
    stackedBars('chart-surface', surfaces, data.activity.surfaces.map((_, i) => color(`series-${(i % 4) + 1}`)));
    stackedBars('chart-outcome', { answer: buckets.map((b) => b.byOutcome.answer), clarify: buckets.map((b) => b.byOutcome.clarify), none: buckets.map((b) => b.byOutcome.none) }, [color('answer'), color('clarify'), color('none')]);
    rateLines('chart-rates', { solved: buckets.map((b) => b.solvedRate), 'not it': buckets.map((b) => b.notItRate) }, [color('answer'), color('none')]);
    renderTable('articles', data.articles, [{ key: 'title', label: 'Article', render: (r) => r.title }, ...COUNT_COLUMNS]);
    renderTable('sections', data.sections, [{ key: 'title', label: 'Article', render: (r) => r.title }, { key: 'heading', label: 'Section', render: (r) => r.heading }, ...COUNT_COLUMNS]);
  }

  function render() {
    renderSummary();
    renderCharts();
    renderGaps();
    renderHealth();
    exportLinks('exports-activity', [['activity.csv', 'CSV']]);
    exportLinks('exports-articles', [['articles.csv', 'CSV']]);
    exportLinks('exports-sections', [['sections.csv', 'CSV']]);
    exportLinks('exports-gaps', [['gaps.csv', 'CSV'], ['gaps.jsonl', 'JSON lines']]);
    const label = PERIODS.find(([p]) => p === period)[1];
    document.getElementById('status').textContent = `${label}, from ${when(data.period.from)}. Times are UTC.`;
    const ignored = data.unknownArticleRecords > 0 ? ` ${data.unknownArticleRecords} records naming articles the knowledge base does not have are left out.` : '';
    document.getElementById('retention').textContent = `Records older than ${data.retentionDays} days are deleted from the store (RETENTION_DAYS).${ignored}`;
    document.getElementById('main').setAttribute('aria-busy', 'false');
    document.body.dataset.ready = 'true';
  }

  async function load() {
    renderPeriods();
    try {
      const res = await fetch(`/insights/api/data?period=${period}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (res.status === 401) {
        location.reload(); // the session ended: the server shows the sign-in form
        return;
      }
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      data = await res.json();
    } catch (error) {
      document.getElementById('status').textContent = `Could not load the insights: ${error.message}. Reload to try again.`;
      return;
    }
    render();
  }

  document.getElementById('logout').addEventListener('click', async () => {
    await fetch('/insights/logout', { method: 'POST', credentials: 'same-origin' });
    location.reload();
  });
  // Colors come from CSS: redraw when the system switches between light and dark.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => data && renderCharts());
  let resizing;
  addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      for (const { chart, figure } of charts) if (figure) chart.setSize({ width: Math.max(280, figure.clientWidth), height: 240 });
    }, 150);
  });
  load();
})();
