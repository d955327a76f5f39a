import type { Event, Model, Vendor } from '../schemas/index.ts';
import { dateValue } from './format.ts';

export interface TimelinePoint {
  date: string;
  x: number;
  model: string;
  modelName: string;
  vendor: string | null;
  vendorName: string;
  country: string | null;
  modality: string;
  /** Open weights, closed, or not stated. */
  open: boolean | null;
  report: string;
  line: number;
  /** Several reports give this model different release dates. */
  disputed: boolean;
}

/**
 * One point per model per distinct release date (every report's date is kept; disagreeing dates
 * are marked), sorted by date.
 */
export function timelinePoints(events: Event[], models: Model[], vendors: Vendor[]): TimelinePoint[] {
  const m = new Map(models.map((x) => [x.id, x]));
  const v = new Map(vendors.map((x) => [x.id, x]));
  const seen = new Set<string>();
  const out: TimelinePoint[] = [];
  for (const e of events) {
    if (e.kind !== 'release' || !e.model) continue;
    const model = m.get(e.model);
    if (!model) continue;
    const key = `${e.model}|${e.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const vendor = model.vendor ? v.get(model.vendor) : undefined;
    out.push({
      date: e.date,
      x: dateValue(e.date),
      model: model.id,
      modelName: model.name,
      vendor: model.vendor,
      vendorName: vendor?.name ?? 'Unknown vendor',
      country: vendor?.country ?? null,
      modality: model.modality,
      open: model.open,
      report: e.source.report,
      line: e.source.line,
      disputed: model.conflicts.includes('releaseDate'),
    });
  }
  return out.sort((a, b) => a.x - b.x || a.modelName.localeCompare(b.modelName));
}
