/**
 * Mounts every <canvas data-chart> on the page from its JSON spec. Only the Chart.js parts used
 * are imported (tree-shaken). Datasets get colours from our own palette instead of the Colors
 * plugin, which would pull in the doughnut and polar-area controllers and every scale.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, PointElement, ScatterController, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ChartSpec, TimelineSpec } from '../components/charts/specs.ts';
import { shortLabel } from '../lib/short-label.ts';
import { timelineCount } from '../lib/timeline-count.ts';
import { timeTicks } from '../lib/time-ticks.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement, Tooltip, Legend);
/** A colour-blind-friendly palette (Okabe–Ito plus darker tones). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#7F3C8D', '#11A579', '#3969AC', '#E73F74'];
const colour = (i: number) => PALETTE[i % PALETTE.length]!;
// No entry animations: charts appear at once (less motion, and points are where they are drawn).
Chart.defaults.animation = false;

const FORECAST = 'rgba(230, 145, 56, 0.75)';
const ACTUAL = 'rgba(54, 112, 190, 0.85)';

function config(spec: ChartSpec): ChartConfiguration {
  if (spec.kind === 'bar') {
    return {
      type: 'bar',
      data: { labels: spec.labels, datasets: [{ label: spec.axis, data: spec.values, backgroundColor: colour(0) }] },
      options: {
        indexAxis: spec.labels.length > 8 ? 'y' : 'x',
        maintainAspectRatio: false,
        // On a narrow screen long labels are shortened (the tooltip and the table keep them whole).
        scales: {
          [spec.labels.length > 8 ? 'y' : 'x']: {
            ticks: {
              callback(this: { chart: { width: number }; getLabelForValue(v: number): string }, v: string | number) {
                return shortLabel(this.getLabelForValue(Number(v)), this.chart.width < 600 ? 24 : 60);
              },
            },
          },
        },
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        onClick: (_e, els) => {
          const href = els[0] ? spec.links?.[els[0].index] : undefined;
          if (href) location.href = href;
        },
      },
    };
  }
  if (spec.kind === 'market') {
    return {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: [
          { label: 'Actual', data: spec.actual, backgroundColor: ACTUAL },
          { label: 'Forecast', data: spec.forecast, backgroundColor: FORECAST },
        ],
      },
      options: { maintainAspectRatio: false, scales: { y: { title: { display: true, text: spec.axis } } } },
    };
  }
  return timelineConfig(spec);
}

/**
 * The y axis labels: a vendor per integer row, shortened on a narrow chart so the points keep most
 * of the width (the full name is in the list below the chart and in each point's tooltip).
 */
function laneLabels(lanes: readonly string[]) {
  return function (this: { chart: { width: number } }, v: string | number): string {
    const name = Number.isInteger(Number(v)) ? (lanes[Number(v)] ?? '') : '';
    const most = this.chart.width < 600 ? 14 : 40;
    return name.length > most ? `${name.slice(0, most - 1)}…` : name;
  };
}

/** The time axis' bounds: the points' dates with a margin (a month at least), not a linear scale's round numbers. */
function span(xs: number[]): { min: number | undefined; max: number | undefined } {
  if (xs.length === 0) return { min: undefined, max: undefined };
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  const pad = Math.max(30 * 864e5, (hi - lo) * 0.03);
  return { min: lo - pad, max: hi + pad };
}

/** Does a timeline dataset hold a vendor's launches and funding rounds (drawn over its releases)? */
const isEvents = (ds: object) => (ds as { events?: boolean }).events === true;
/** Launches and funding rounds sit a little above their vendor's row, clear of a release on the same days. */
const EVENT_RISE = 0.3;

function timelineConfig(spec: TimelineSpec): ChartConfiguration {
  const byVendor = new Map<string, TimelineSpec['points']>();
  for (const p of spec.points) (byVendor.get(p.vendor) ?? byVendor.set(p.vendor, []).get(p.vendor)!).push(p);
  // One dataset per vendor for its releases, then one per vendor for its launches and funding rounds:
  // later datasets are drawn on top, so a triangle is never hidden under a release the next day.
  const vendors = [...byVendor.entries()].map(([vendor, pts], i) => ({ vendor, pts, i }));
  const sets = [
    ...vendors.map((v) => ({ ...v, events: false, pts: v.pts.filter((p) => p.kind === 'release') })),
    ...vendors.map((v) => ({ ...v, events: true, pts: v.pts.filter((p) => p.kind !== 'release') })).filter((v) => v.pts.length > 0),
  ];
  // Points are found by coordinates, so filtering a dataset never breaks tooltips or links.
  // Each drawn point carries its index in the spec: models of one vendor released the same day share a position.
  const pointAt = (d: { i?: number } | undefined) => (d?.i === undefined ? undefined : spec.points[d.i]);
  let tickLabels = new Map<number, string>();
  // On a touch screen a tap shows the point's tooltip; a second tap on the same point opens it.
  let tapped: number | undefined;
  return {
    type: 'scatter',
    data: {
      datasets: sets.map(({ vendor, pts, i, events }) => ({
        label: vendor,
        events,
        data: pts.map((p) => ({ x: p.x, y: p.y - (events ? EVENT_RISE : 0), i: spec.points.indexOf(p) })),
        pointRadius: 5,
        pointHoverRadius: 8,
        borderWidth: 2,
        // A date stated to the day is a filled point; one stated only to the month or year is hollow.
        backgroundColor: (ctx: { raw?: unknown }) => (pointAt(ctx.raw as { i?: number })?.approx ? '#ffffff' : colour(i)),
        // A release is a circle; a launch or funding round a triangle.
        pointStyle: (ctx: { raw?: unknown }) => (pointAt(ctx.raw as { i?: number })?.kind === 'release' ? 'circle' : 'triangle'),
        borderColor: colour(i),
      })),
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        // Calendar ticks (months, quarters, years) for whatever span is shown, each label once.
        x: {
          type: 'linear',
          ...span(spec.points.map((p) => p.x)),
          afterBuildTicks: (axis) => {
            // About one label per 90 px, so month labels never run together on a phone.
            const ticks = timeTicks(axis.min, axis.max, Math.max(2, Math.min(8, Math.floor(axis.chart.width / 90))));
            tickLabels = new Map(ticks.map((t) => [t.value, t.label]));
            axis.ticks = ticks.map((t) => ({ value: t.value }));
          },
          ticks: { autoSkip: false, callback: (v) => tickLabels.get(Number(v)) ?? '' },
        },
        // One row per vendor: integer ticks only, every label shown.
        y: { type: 'linear', reverse: true, min: -1, max: spec.lanes.length, ticks: { stepSize: 1, autoSkip: false, callback: laneLabels(spec.lanes) } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = pointAt(ctx.raw as { i?: number });
              return p ? `${p.label} — ${p.date}` : '';
            },
          },
        },
      },
      onClick: (e, els, chart) => {
        const el = els[0];
        if (!el) {
          tapped = undefined;
          return;
        }
        const ds = chart.data.datasets[el.datasetIndex]!;
        const d = ds.data[el.index] as { i?: number };
        const p = pointAt(d);
        if (!p) return;
        if ((e.native as PointerEvent | null)?.pointerType === 'touch' && tapped !== d.i) {
          tapped = d.i;
          return;
        }
        location.href = p.href;
      },
    },
  };
}

const charts = new Map<HTMLCanvasElement, Chart>();
for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  const spec = JSON.parse(canvas.dataset['chart'] ?? '{}') as ChartSpec;
  const chart = new Chart(canvas, config(spec));
  charts.set(canvas, chart);
  // Browser tests read point positions from here to click a point like a user.
  Object.defineProperty(canvas, 'chart', { value: chart, enumerable: false });
  canvas.dataset['ready'] = '1';
}

/**
 * Timeline filters: the chart keeps only the points that pass (the list below follows by CSS), its
 * rows only the vendors left and its time axis only their span; the count follows, an empty result
 * says so, and the choice is kept in the URL (?vendor=…&country=…) so a filtered view can be shared.
 */
const form = document.querySelector<HTMLFormElement>('form[data-timeline-filters]');
if (form) {
  const FIELDS = ['vendor', 'year', 'country', 'modality', 'open'] as const;
  const count = document.getElementById('timeline-count');
  const empty = document.getElementById('timeline-empty');
  const apply = (push: boolean) => {
    const data = new FormData(form);
    const want = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')])) as Record<(typeof FIELDS)[number], string>;
    for (const [canvas, chart] of charts) {
      const spec = JSON.parse(canvas.dataset['chart'] ?? '{}') as ChartSpec;
      if (spec.kind !== 'timeline') continue;
      const shown = spec.points
        .map((p, i) => ({ ...p, i }))
        .filter((p) => (!want.vendor || p.vendorId === want.vendor) && (!want.country || p.country === want.country) && (!want.modality || p.modality === want.modality) && (!want.open || p.open === want.open) && (!want.year || p.year === want.year));
      // Rows for the vendors left, in their original order.
      const rows = [...new Set(shown.map((p) => p.y))].sort((a, b) => a - b);
      const rowOf = new Map(rows.map((y, k) => [y, k]));
      const lanes = rows.map((y) => spec.lanes[y] ?? '');
      chart.data.datasets.forEach((ds, i) => {
        ds.data = shown.filter((p) => p.vendor === ds.label && (p.kind !== 'release') === isEvents(ds)).map((p) => ({ x: p.x, y: rowOf.get(p.y)! - (isEvents(ds) ? EVENT_RISE : 0), i: p.i }));
        chart.setDatasetVisibility(i, ds.data.length > 0);
      });
      const y = chart.options.scales!['y']!;
      y.max = lanes.length;
      y.ticks!.callback = laneLabels(lanes);
      // A year chosen shows that whole year, January to December, whatever part of it the points fill.
      const year = Number(want.year);
      Object.assign(chart.options.scales!['x']!, want.year && year ? { min: Date.UTC(year, 0, 1), max: Date.UTC(year + 1, 0, 1) } : span(shown.map((p) => p.x)));
      // The box's height follows the rows left (as Chart.astro sizes it for all of them).
      const box = canvas.parentElement!;
      box.classList.remove('h-l', 'h-xl', 'h-xxl');
      const size = lanes.length > 45 ? 'h-xxl' : lanes.length > 30 ? 'h-xl' : lanes.length > 16 ? 'h-l' : '';
      if (size) box.classList.add(size);
      box.hidden = shown.length === 0;
      if (empty) empty.hidden = shown.length > 0;
      if (count) count.textContent = timelineCount(shown);
      chart.update();
    }
    if (push) {
      const q = new URLSearchParams(FIELDS.filter((f) => want[f]).map((f) => [f, want[f]]));
      const query = q.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  };
  // A shared link (?vendor=baidu) opens filtered: check its radios, and the list and chart follow.
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const v = params.get(f);
    const radio = v === null ? null : form.querySelector<HTMLInputElement>(`input[name="${f}"][value="${CSS.escape(v)}"]`);
    if (radio) radio.checked = true;
  }
  // A vendor chosen in the link: show the group it was chosen in.
  if (params.get('vendor')) form.querySelector('details')?.setAttribute('open', '');
  if (FIELDS.some((f) => params.has(f))) apply(false);
  form.addEventListener('change', () => apply(true));
}
