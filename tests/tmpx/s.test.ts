import { it } from 'vitest';
import { loadExpectations } from '../helpers/expectations.ts';
import { ingestSeeds, registry } from '../helpers/corpus.ts';
import { buildMatcher } from '../../scripts/pipeline/entities.ts';
it('x', () => {
  const out = ingestSeeds(); const c = out.collections; const matcher = buildMatcher(registry());
  const counts = new Map<string, number>();
  for (const exp of loadExpectations()) {
    for (const e of exp.scores) {
      const m = matcher.resolveName(e.model, 'model'); const b = matcher.resolveName(e.benchmark, 'benchmark', { tableHeader: true });
      const r = c.results.find((r) => r.source.report === exp.report && r.source.line === e.line && r.value === e.value && r.model === m && r.benchmark === b);
      if (r && (r.setting ?? null) !== (e.setting ?? null)) { const k = `${exp.report.slice(0,3)} exp=${e.setting ?? null} got=${r.setting}`; counts.set(k, (counts.get(k) ?? 0) + 1); }
      if (r && e.unit && r.unit !== e.unit) console.log('unit', exp.report, e.line, e.unit, r.unit);
    }
    for (const e of exp.market) {
      const f = c.marketFigures.find((f) => f.source.report === exp.report && f.source.line === e.line && f.value === e.value && f.kind === e.kind);
      if (f && String(f.period ?? null) !== String(e.period ?? null)) console.log('period', exp.report.slice(0,3), e.line, e.kind, e.value, 'exp', e.period, 'got', f.period, f.printed);
      if (f && e.forecast !== undefined && f.forecast !== e.forecast) console.log('forecast', exp.report.slice(0,3), e.line, e.value, e.forecast, f.forecast);
    }
  }
  console.log([...counts].sort((a,b)=>b[1]-a[1]));
});
