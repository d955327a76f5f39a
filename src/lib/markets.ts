import type { MarketFigure } from '../schemas/index.ts';

export interface MarketSubject {
  /** Anchor slug. */
  slug: string;
  subject: string;
  kind: MarketFigure['kind'];
  /** Figures sorted by period, then report. */
  figures: MarketFigure[];
  /** Distinct reports that state this subject. */
  reports: string[];
  currency: string | null;
  /** CAGR figures stated for the same region and topic. */
  cagr: MarketFigure[];
}

export const subjectSlug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'subject';

const periodStart = (p: string | null) => (p ? Number(p.slice(0, 4)) || 0 : 0);

/** Group market figures by subject; CAGRs attach to the market-size subject of the same region and topic. */
export function marketSubjects(figures: MarketFigure[]): MarketSubject[] {
  const bySubject = new Map<string, MarketFigure[]>();
  for (const f of figures) {
    if (f.kind === 'cagr') continue;
    (bySubject.get(f.subject) ?? bySubject.set(f.subject, []).get(f.subject)!).push(f);
  }
  const cagrs = figures.filter((f) => f.kind === 'cagr');
  return [...bySubject.entries()]
    .map(([subject, fs]) => {
      const sorted = [...fs].sort((a, b) => periodStart(a.period) - periodStart(b.period) || (a.period ?? '').localeCompare(b.period ?? '') || a.source.report.localeCompare(b.source.report));
      const stem = subject.replace(/ market size$/, '');
      return {
        slug: subjectSlug(subject),
        subject,
        kind: fs[0]!.kind,
        figures: sorted,
        reports: [...new Set(sorted.map((f) => f.source.report))],
        currency: sorted.find((f) => f.currency)?.currency ?? null,
        cagr: fs[0]!.kind === 'market-size' ? cagrs.filter((c) => c.subject.replace(/ CAGR$/, '') === stem) : [],
      };
    })
    .sort((a, b) => b.figures.length - a.figures.length || a.subject.localeCompare(b.subject));
}
