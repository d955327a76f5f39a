import { describe, expect, it } from 'vitest';
import { ingestCorpus, toJson } from '../../scripts/pipeline/ingest-corpus.ts';
import { ingestSeeds, registry, SEED_IDS, seedFolder } from '../helpers/corpus.ts';

/**
 * The full extraction of each seed report pinned as a file snapshot: any change in output shows
 * as a diff in tests/unit/__snapshots__/. Update deliberately with `npx vitest run -u`.
 */
describe('full extraction of each seed report', () => {
  const out = ingestSeeds();
  const c = out.collections;
  for (const report of c.reports) {
    it(`matches the reviewed snapshot for ${report.id}`, async () => {
      const id = report.id;
      const bySource = <T extends { source: { report: string } }>(xs: T[]) => xs.filter((x) => x.source.report === id);
      const snapshot = {
        report: { ...report, blocks: report.blocks.map((b) => `${b.kind} ${b.line}-${b.lineEnd}${b.figure ? ` ${b.figure}` : ''}${b.reason ? ` (${b.reason})` : ''}`) },
        claims: c.claims.filter((x) => x.report === id).map((x) => `${x.id} [${x.kind}${x.figure ? ` ${x.figure}` : ''}] ${x.text} {${[...x.models, ...x.vendors, ...x.benchmarks].join(',')}}`),
        results: bySource(c.results).map((r) => `L${r.source.line} ${r.model} ${r.benchmark} ${r.value}${r.unit} ${r.setting ?? '-'} «${r.printed}»`),
        marketFigures: bySource(c.marketFigures),
        events: bySource(c.events).map((e) => `L${e.source.line} ${e.date} ${e.kind} ${e.model ?? e.vendor}${e.label ? ` «${e.label}»` : ''}`),
        modelAssertions: c.models.flatMap((m) =>
          (['releaseDate', 'parameters', 'contextWindow', 'prices', 'statedModality'] as const).flatMap((k) =>
            (m[k] as Array<Record<string, unknown> & { value: unknown; printed: string; source: { report: string; line: number } }>)
              .filter((a) => a.source.report === id)
              .map(({ value, printed, source, ...rest }) => {
                // Everything else an assertion says (max, qualifier, variant; a price's currency, per and direction), so a change in any of it is a diff.
                const more = Object.entries(rest).map(([f, v]) => ` ${f}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join('');
                return `L${source.line} ${m.id} ${k} ${JSON.stringify(value)}${more} «${printed}»`;
              }),
          ),
        ),
        issues: out.issues.filter((i) => i.file.endsWith(report.file)),
      };
      await expect(toJson(snapshot)).toMatchFileSnapshot(`__snapshots__/${id}.extraction.json`);
    });
  }

  it('is deterministic: two runs give byte-identical collections', () => {
    const { files, metas } = seedFolder();
    const again = ingestCorpus('content/reports', files, metas, registry());
    for (const k of ['reports', 'claims', 'models', 'vendors', 'benchmarks', 'results', 'marketFigures', 'events'] as const) {
      expect(toJson(again.collections[k]), k).toBe(toJson(c[k]));
    }
  });

  it('validates every collection against the shared schemas and raises no errors', () => {
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.ingested).toBe(SEED_IDS.length);
    expect(SEED_IDS.length).toBeGreaterThanOrEqual(5);
  });
});
