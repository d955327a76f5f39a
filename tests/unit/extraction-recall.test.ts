import { describe, expect, it } from 'vitest';
import { ingestSeeds, SEED_IDS } from '../helpers/corpus.ts';
import { detailAgreement, loadExpectations, measure, precision, recall, type Measure } from '../helpers/expectations.ts';

/**
 * Recall and precision of the pipeline against expectations written by reading each report
 * (tests/expectations/*.yaml). Floors sit just under the measured figures so a regression fails.
 */
const FLOORS: Record<string, { recall: number; precision: number }> = {
  scores: { recall: 0.99, precision: 0.99 },
  market: { recall: 0.95, precision: 0.95 },
  models: { recall: 0.99, precision: 0.99 },
  vendors: { recall: 0.97, precision: 0.96 },
  releases: { recall: 0.94, precision: 0.99 },
};

describe('extraction against hand-checked expectations', () => {
  const out = ingestSeeds();
  const all = loadExpectations();
  const rows = all.map((exp) => ({ exp, m: measure(out, exp) }));

  it('prints recall and precision per report', () => {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
    const lines = ['report                    kind      expected  found  recall  precision  details'];
    const totals: Record<string, { e: number; f: number; m: number; c: number }> = {};
    for (const { exp, m } of rows) {
      for (const [kind, x] of Object.entries(m)) {
        lines.push(`${exp.report.padEnd(26)}${kind.padEnd(10)}${String(x.expected).padStart(8)}${String(x.found).padStart(7)} ${pct(recall(x))}   ${pct(precision(x))}  ${pct(detailAgreement(x))}`);
        const t = (totals[kind] ??= { e: 0, f: 0, m: 0, c: 0 });
        t.e += x.expected;
        t.f += x.found;
        t.m += x.matched;
        t.c += x.correct;
        if (process.env['DEBUG_RECALL']) {
          for (const miss of x.misses) lines.push(`    miss  ${miss}`);
          for (const extra of x.extras) lines.push(`    extra ${extra}`);
          for (const wrong of x.wrongDetail) lines.push(`    detail ${wrong}`);
        }
      }
    }
    for (const [kind, t] of Object.entries(totals)) lines.push(`${'ALL'.padEnd(26)}${kind.padEnd(10)}${String(t.e).padStart(8)}${String(t.f).padStart(7)} ${pct(t.e ? t.m / t.e : 1)}   ${pct(t.f ? t.c / t.f : 1)}`);
    console.log(lines.join('\n'));
    expect(rows.length).toBe(SEED_IDS.length);
  });

  /** Matched items whose setting (scores) or period and forecast flag (market) agree with the expectation. */
  const DETAIL_FLOORS = { scores: 0.98, market: 0.85 };
  for (const kind of Object.keys(DETAIL_FLOORS) as Array<keyof typeof DETAIL_FLOORS>) {
    it(`reads the ${kind === 'scores' ? 'setting of matched scores' : 'period of matched market figures'} as the report states it`, () => {
      const merged: Measure = { expected: 0, found: 0, matched: 0, correct: 0, misses: [], extras: [], wrongDetail: [] };
      for (const { m } of rows) {
        merged.matched += m[kind].matched;
        merged.wrongDetail.push(...m[kind].wrongDetail);
      }
      expect(merged.matched).toBeGreaterThan(10);
      console.log(`${kind} details agree: ${merged.matched - merged.wrongDetail.length}/${merged.matched}\n  ${merged.wrongDetail.join('\n  ')}`);
      expect(detailAgreement(merged)).toBeGreaterThanOrEqual(DETAIL_FLOORS[kind]);
    });
  }

  for (const kind of Object.keys(FLOORS) as Array<keyof typeof FLOORS>) {
    it(`keeps ${kind} recall and precision over the whole corpus above the floor`, () => {
      let e = 0, f = 0, m = 0, c = 0;
      for (const { m: x } of rows) {
        const k = x[kind as 'scores']!;
        e += k.expected;
        f += k.found;
        m += k.matched;
        c += k.correct;
      }
      expect(m / e).toBeGreaterThanOrEqual(FLOORS[kind]!.recall);
      expect(c / f).toBeGreaterThanOrEqual(FLOORS[kind]!.precision);
    });
  }
});
