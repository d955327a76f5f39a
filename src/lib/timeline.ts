import { sameDayElsewhere, type Event, type Model, type Vendor } from '../schemas/index.ts';
import type { TimelineSpec } from '../components/charts/specs.ts';
import { periodMiddle } from './format.ts';
import { radioFilterCss } from './radio-filters.ts';
import { routes } from './routes.ts';
import { eventParts } from './timeline-count.ts';

export interface TimelinePoint {
  /** A model's release, or another dated event (a product launch, a funding round) of a vendor. */
  kind: Event['kind'];
  date: string;
  x: number;
  /** The model released; '' for other events. */
  model: string;
  /** What the point is: the model's name, or the event ("Launch: GPT 商店"). */
  modelName: string;
  /** Where an event that is not a release links: its vendor's page, else its source line. */
  href?: string;
  /** An event that is not a release: its kind ("Launch") and what ("GPT 商店"). */
  eventKind?: string;
  eventLabel?: string;
  vendor: string | null;
  vendorName: string;
  /** The vendor's Chinese name, shown beside the English one. */
  vendorZh: string | null;
  country: string | null;
  modality: string;
  /** Open weights, closed, or not stated. */
  open: boolean | null;
  report: string;
  line: number;
  /** Several reports give this model different release dates. */
  disputed: boolean;
}

/** Is ISO date `a` a less precise form of `b` ("2018" of "2018-06", "2023-03" of "2023-03-14")? */
export const refines = (b: string, a: string): boolean => b.startsWith(`${a}-`);

/** A model's release dates without those a more precise one refines ("2018" beside "2018-06"). */
export function preciseDates(dates: Iterable<string>): string[] {
  const all = [...new Set(dates)];
  return all.filter((d) => !all.some((o) => refines(o, d))).sort();
}

type Day = { value: string; timeZone?: string | undefined };
/** Is `d` the day `o` states without a zone, printed in a named one (美国时间 12-06 beside 12-07)? Then `o` stands for both. */
const zonedTwin = (d: Day, o: Day): boolean => Boolean(d.timeZone) && !o.timeZone && sameDayElsewhere(d, o);

/**
 * A model's first release date as the reports state it, with the assertion that states it (the most
 * precise form). A day stated in a named time zone beside the same day stated without one (美国时间
 * 12-06, 12-07) counts as the latter, as on the timeline.
 */
export function firstRelease(m: Model): Model['releaseDate'][number] | undefined {
  const kept = m.releaseDate.filter((d) => !m.releaseDate.some((o) => zonedTwin(d, o)));
  const first = preciseDates(kept.map((d) => d.value))[0];
  return first === undefined ? undefined : kept.find((d) => d.value === first);
}

/**
 * One point per model per distinct release date (every report's date is kept; disagreeing dates
 * are marked; a date another, more precise one refines is not a point of its own), sorted by date.
 */
export function timelinePoints(events: Event[], models: Model[], vendors: Vendor[]): TimelinePoint[] {
  const m = new Map(models.map((x) => [x.id, x]));
  const v = new Map(vendors.map((x) => [x.id, x]));
  const seen = new Set<string>();
  const out: TimelinePoint[] = [];
  const releasesOf = new Map<string, Event[]>();
  for (const e of events) if (e.kind === 'release' && e.model) (releasesOf.get(e.model) ?? releasesOf.set(e.model, []).get(e.model)!).push(e);
  // Not a point of its own: a date a more precise one refines, or a day in a named time zone beside the same day stated without one.
  const covered = (e: Event, o: Event) => refines(o.date, e.date) || zonedTwin({ value: e.date, timeZone: e.timeZone }, { value: o.date, timeZone: o.timeZone });
  for (const e of events) {
    if (e.kind !== 'release' || !e.model) continue;
    const model = m.get(e.model);
    if (!model) continue;
    const key = `${e.model}|${e.date}`;
    if (seen.has(key) || releasesOf.get(e.model)!.some((o) => covered(e, o))) continue;
    seen.add(key);
    const vendor = model.vendor ? v.get(model.vendor) : undefined;
    out.push({
      kind: 'release',
      date: e.date,
      x: periodMiddle(e.date),
      model: model.id,
      modelName: model.name,
      vendor: model.vendor,
      vendorName: vendor?.name ?? 'Unknown vendor',
      vendorZh: vendor?.nameZh ?? null,
      country: vendor?.country ?? null,
      modality: model.modality,
      open: model.open,
      report: e.source.report,
      line: e.source.line,
      disputed: model.conflicts.includes('releaseDate'),
    });
  }
  // Launches, funding rounds and announcements, in their vendor's row. One point per vendor, kind and
  // day: the reports' names for it joined ("GPT Store / GPT 商店"), linked from the first report's line.
  const happenings = new Map<string, TimelinePoint>();
  for (const e of events) {
    if (e.kind === 'release') continue;
    const vendor = e.vendor ? v.get(e.vendor) : undefined;
    const what = eventParts(e);
    const key = `${e.kind}|${e.vendor ?? ''}|${e.date}`;
    const same = happenings.get(key);
    if (same) {
      if (!(same.eventLabel ?? '').split(' / ').includes(what.label)) {
        same.eventLabel = `${same.eventLabel} / ${what.label}`;
        same.modelName = `${what.kind}: ${same.eventLabel}`;
      }
      continue;
    }
    out.push({
      kind: e.kind,
      eventKind: what.kind,
      eventLabel: what.label,
      date: e.date,
      x: periodMiddle(e.date),
      model: '',
      modelName: `${what.kind}: ${what.label}`,
      href: vendor ? routes.vendor(vendor.id) : routes.line(e.source.report, e.source.line),
      vendor: e.vendor,
      vendorName: vendor?.name ?? 'Unknown vendor',
      vendorZh: vendor?.nameZh ?? null,
      country: vendor?.country ?? null,
      modality: '',
      open: null,
      report: e.source.report,
      line: e.source.line,
      disputed: false,
    });
    happenings.set(key, out[out.length - 1]!);
  }
  // By the date as stated: a year or month stated alone comes before the days in it ("2023" heads 2023),
  // as people read a list, while the chart draws it mid-period.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.modelName.localeCompare(b.modelName)));
}

/** A point's value for the modality and weights filters: events other than releases have neither. */
export const pointModality = (p: TimelinePoint): string => (p.kind === 'release' ? p.modality : '');
export const pointOpen = (p: TimelinePoint): string => (p.kind === 'release' ? openKey(p.open) : '');

/** Filter value of a point's year: the year its date names (a year filter narrows the chart's time axis to it). */
export const pointYear = (p: Pick<TimelinePoint, 'date'>): string => p.date.slice(0, 4);

/** Filter value of a point's vendor: its id, or "none" when the model's vendor is not known. */
export const vendorKey = (id: string | null): string => id ?? 'none';
/** Filter value of a point's weights: "true" (open), "false" (closed) or "unknown". */
export const openKey = (open: boolean | null): string => (open === null ? 'unknown' : String(open));
/** Weights filter values with their labels. */
export const WEIGHTS: ReadonlyArray<readonly [string, string]> = [
  ['true', 'open'],
  ['false', 'closed'],
  ['unknown', 'not stated'],
];

/** The values each timeline filter offers, from the points on the page: vendors as [key, name] by name. */
export function timelineFilters(points: TimelinePoint[]): { vendors: Array<[string, string]>; vendorZh: Map<string, string>; years: string[]; countries: string[]; modalities: string[] } {
  return {
    years: [...new Set(points.map((p) => pointYear(p)))].sort(),
    vendors: [...new Map(points.map((p) => [vendorKey(p.vendor), p.vendorName])).entries()].sort((a, b) => a[1].localeCompare(b[1])),
    vendorZh: new Map(points.flatMap((p) => (p.vendorZh ? [[vendorKey(p.vendor), p.vendorZh] as const] : []))),
    countries: [...new Set(points.map((p) => p.country ?? ''))].filter(Boolean).sort(),
    modalities: [...new Set(points.map((p) => p.modality))].filter(Boolean).sort(),
  };
}

/** The stylesheet that makes the list follow every filter without JavaScript (see radio-filters.ts). */
export function timelineFilterCss(f: ReturnType<typeof timelineFilters>): string {
  return radioFilterCss('.timeline-list li', [
    { idPrefix: 't-vendor', attr: 'vendor', values: f.vendors.map(([id]) => id) },
    { idPrefix: 't-open', attr: 'open', values: WEIGHTS.map(([v]) => v) },
    { idPrefix: 't-country', attr: 'country', values: f.countries },
    { idPrefix: 't-mod', attr: 'modality', values: f.modalities },
    { idPrefix: 't-year', attr: 'year', values: f.years },
  ]);
}

/** The chart's data: one lane per vendor name, each point carrying the values the filters match. */
export function timelineSpec(points: TimelinePoint[], href: (model: string) => string): TimelineSpec {
  const lanes = [...new Set(points.map((p) => p.vendorName))].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return {
    kind: 'timeline',
    title: 'Model releases, launches and funding over time, one row per vendor',
    lanes,
    points: points.map((p) => ({ kind: p.kind, model: p.model, x: p.x, y: lanes.indexOf(p.vendorName), label: p.modelName, date: p.date, approx: p.date.length < 10, href: p.kind === 'release' ? href(p.model) : p.href!, vendor: p.vendorName, vendorId: vendorKey(p.vendor), country: p.country ?? '', modality: pointModality(p), open: pointOpen(p), year: pointYear(p) })),
  };
}
