import type { Claim, Model, Report, Vendor, Benchmark } from '../schemas/index.ts';
import { routes } from './routes.ts';

/** A Pagefind custom record for one claim: deep link to its line, filters for report, broker, year. */
export interface ClaimRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * One search record per claim. The content carries the names and aliases of the entities the
 * claim mentions, so an English alias finds a Chinese sentence (ERNIE Bot → 文心一言) and back.
 */
export function claimRecords(claims: Claim[], reports: Report[], entities: { models: Model[]; vendors: Vendor[]; benchmarks: Benchmark[] }): ClaimRecord[] {
  const report = new Map(reports.map((r) => [r.id, r]));
  const names = new Map<string, string[]>();
  for (const m of entities.models) names.set(`model:${m.id}`, [m.name, ...(m.nameZh ? [m.nameZh] : []), ...m.aliases]);
  for (const v of entities.vendors) names.set(`vendor:${v.id}`, [v.name, ...(v.nameZh ? [v.nameZh] : []), ...v.aliases]);
  for (const b of entities.benchmarks) names.set(`benchmark:${b.id}`, [b.name, ...b.aliases]);
  return claims.map((c) => {
    const r = report.get(c.report);
    const extra = [...c.models.map((id) => `model:${id}`), ...c.vendors.map((id) => `vendor:${id}`), ...c.benchmarks.map((id) => `benchmark:${id}`)].flatMap((k) => names.get(k) ?? []);
    const filters: Record<string, string[]> = { type: ['claim'] };
    if (r?.broker) filters['broker'] = [r.broker.zh];
    if (r?.date) filters['year'] = [r.date.slice(0, 4)];
    return {
      url: routes.line(c.report, c.line),
      content: `${c.text}\n${[...new Set(extra)].join(' ')}`,
      language: 'zh',
      meta: {
        title: r?.title ?? c.report,
        kind: c.kind === 'row' ? `table row${c.figure ? ` · ${c.figure}` : ''}` : c.figure ? `caption · ${c.figure}` : 'sentence',
        where: `${r?.broker?.zh ?? ''} ${r?.date ?? ''} · line ${c.line}${c.section ? ` · ${c.section}` : ''}`.trim(),
      },
      filters,
    };
  });
}
