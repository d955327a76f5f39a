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

/** FNV-1a, 32 bits, as 7 base-36 digits: a short stable tag for what the ASCII slug drops. */
const tag = (s: string): string => {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36).padStart(7, '0');
};

/**
 * Anchor slug of a subject: its ASCII words ("china-ai-market-size"), plus a stable tag of the whole
 * subject when the ASCII words alone do not identify it ("星火大模型 users" → "users-1x2y3z4").
 */
export const subjectSlug = (s: string): string => {
  const ascii = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return /[^\x00-\x7f]/.test(s) || !ascii ? [ascii, tag(s)].filter(Boolean).join('-') : ascii;
};

// The first year a period names: "2023-2027" → 2023, "FY2025Q1" → 2025.
const periodStart = (p: string | null) => Number(/\d{4}/.exec(p ?? '')?.[0] ?? 0);

/** Group market figures by subject; CAGRs attach to the market-size subject they are about (same region and topic). */
export function marketSubjects(figures: MarketFigure[]): MarketSubject[] {
  const bySubject = new Map<string, MarketFigure[]>();
  for (const f of figures) {
    if (f.kind === 'cagr') continue;
    (bySubject.get(f.subject) ?? bySubject.set(f.subject, []).get(f.subject)!).push(f);
  }
  const cagrs = figures.filter((f) => f.kind === 'cagr');
  const subjects = [...bySubject.entries()]
    .map(([subject, fs]) => {
      const sorted = [...fs].sort((a, b) => periodStart(a.period) - periodStart(b.period) || (a.period ?? '').localeCompare(b.period ?? '') || a.source.report.localeCompare(b.source.report));
      return {
        slug: subjectSlug(subject),
        subject,
        kind: fs[0]!.kind,
        figures: sorted,
        reports: [...new Set(sorted.map((f) => f.source.report))],
        currency: sorted.find((f) => f.currency)?.currency ?? null,
        cagr: fs[0]!.kind === 'market-size' && fs[0]!.about ? cagrs.filter((c) => c.about === fs[0]!.about) : [],
      };
    })
    .sort((a, b) => b.figures.length - a.figures.length || a.subject.localeCompare(b.subject));
  // Subjects that differ only in case or punctuation would share an anchor: tag them apart.
  const count = new Map<string, number>();
  for (const m of subjects) count.set(m.slug, (count.get(m.slug) ?? 0) + 1);
  for (const m of subjects) if (count.get(m.slug)! > 1) m.slug = `${m.slug}-${tag(m.subject)}`;
  return subjects;
}
