import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../scripts/pipeline/coverage.ts';
import { pathologicalInputs, realTextOfSize } from '../../scripts/bench/inputs.ts';
import { ingestFiles, ingestSeeds, REPORTS_DIR } from '../helpers/corpus.ts';

/** The pipeline finished with schema-valid output and no internal failure. */
const healthy = (out: ReturnType<typeof ingestFiles>) => {
  expect(out.issues.filter((i) => i.code === 'SchemaViolation' || i.code === 'ReadFailed')).toEqual([]);
};

describe('ingestCorpus on very large and pathological input', () => {
  it('ingests a 50 MB report', () => {
    const out = ingestFiles([{ name: 'big.txt', text: realTextOfSize(50e6) }]);
    healthy(out);
    expect(out.collections.reports).toHaveLength(1);
    expect(out.collections.results.length).toBeGreaterThan(50 * 100);
  }, 600_000);

  it('ingests a single 2 MB line, flagging it', () => {
    const out = ingestFiles([{ name: 'one-line.txt', text: realTextOfSize(2e6).replace(/\n/g, ' ') }]);
    healthy(out);
    expect(out.issues.map((i) => i.code)).toContain('OversizedLine');
    expect(out.issues.map((i) => i.code)).not.toContain('BoilerplateOnly');
    const c = out.collections;
    const cov = coverage(c.reports[0]!, c.claims);
    expect(cov.contentLines).toBe(1);
    expect(cov.missing).toEqual([]);
    // Read as running text (not one table row): thousands of sentences, hundreds of scores.
    expect(c.claims.length).toBeGreaterThan(1000);
    expect(c.results.length).toBeGreaterThan(100);
  }, 120_000);

  for (const [name, text] of Object.entries(pathologicalInputs(1e6))) {
    it(`survives 1 MB of ${name}`, () => {
      const out = ingestFiles([{ name: 'x.txt', text }]);
      healthy(out);
      // Whitespace only is refused as empty; anything else is read as a report.
      if (text.trim() === '') expect(out.issues.map((i) => i.code)).toContain('EmptyFile');
      else expect(out.collections.reports).toHaveLength(1);
    }, 120_000);
  }
});

describe('ingestCorpus on broken tables', () => {
  it('keeps a TSV table whole across a page break and drops the repeated header', () => {
    const text = '图 9：Mixtral 8x7B 标化测试结果\n\n\tLLaMA 2 70B\tGPT-3.5\tMixtral 8x7B\nMMLU\t69.9%\t70.0%\t70.6%\n\n12\n\n请务必阅读正文之后的免责条款部分\n\n\tLLaMA 2 70B\tGPT-3.5\tMixtral 8x7B\nHellaSwag\t87.1%\t85.5%\t86.7%\n';
    const out = ingestFiles([{ name: 'page-break.txt', text }]);
    const tables = out.collections.reports[0]!.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.table!.rows.map((r) => r.line)).toEqual([3, 4, 11]);
    expect(out.collections.results.map((r) => `${r.model} ${r.benchmark}`)).toContain('mixtral-8x7b hellaswag');
  });

  it('names a row with more cells than its header', () => {
    const text = '\tGPT-4\tClaude 2\nMMLU\t86.4\t78.5\nGSM8K\t92.0\t88.0\nHumanEval\t67.0\t70.0\t99.9\t1\n';
    const out = ingestFiles([{ name: 'ragged.txt', text }]);
    expect(out.issues.filter((i) => i.code === 'RaggedTableRow').map((i) => `${i.line} ${i.message}`)).toEqual(['4 table row has 5 cells, its header has 3']);
    expect(out.collections.results.filter((r) => r.benchmark === 'humaneval').map((r) => r.value)).toEqual([67, 70]);
  });

  it('reads a header split over two lines (two-level header)', () => {
    const text = '\t数学\t\t代码\n\tGSM8K\tMATH\tHumanEval\nBaichuan 3\t88.17\t49.20\t70.12\nGPT-4\t92.00\t52.90\t67.00\n';
    const out = ingestFiles([{ name: 'two-level.txt', text }]);
    expect(out.collections.results.map((r) => `${r.model} ${r.benchmark} ${r.value}`)).toEqual(['baichuan-3 gsm8k 88.17', 'baichuan-3 math 49.2', 'baichuan-3 humaneval 70.12', 'gpt-4 gsm8k 92', 'gpt-4 math 52.9', 'gpt-4 humaneval 67']);
  });
});

describe('curated metadata files with mistakes', () => {
  const seed = { name: '003_1dfa16a953909437.txt', bytes: new Uint8Array(readFileSync(join(REPORTS_DIR, '003_1dfa16a953909437.txt'))) };
  it('names the file and line of invalid YAML and still ingests the report', () => {
    const out = ingestFiles([seed], { '003_1dfa16a953909437': 'title: [unclosed\ndate: 2024-03\n' });
    expect(out.issues.filter((i) => i.code === 'InvalidMetaFile').map((i) => `${i.file}:${i.line ?? ''} ${i.severity}`)).toEqual(['fixtures/003_1dfa16a953909437.meta.yaml:2 warning']);
    expect(out.collections.reports).toHaveLength(1);
  });
  it('names an unknown field and an unknown broker id', () => {
    const out = ingestFiles([seed], { '003_1dfa16a953909437': 'titel: typo\n' });
    expect(out.issues.find((i) => i.code === 'InvalidMetaFile')?.message).toMatch(/titel/);
    const out2 = ingestFiles([seed], { '003_1dfa16a953909437': 'broker: no-such-broker\n' });
    expect(out2.issues.find((i) => i.code === 'InvalidMetaFile')?.message).toBe('broker "no-such-broker" is not in content/registry/brokers.yaml');
    expect(out2.collections.reports[0]!.broker?.id).toBe('sinolink');
  });
});

describe('nothing lost', () => {
  it('makes every content line of every seed report findable by search (coverage 100%)', () => {
    const c = ingestSeeds().collections;
    expect(c.reports).toHaveLength(5);
    for (const r of c.reports) {
      const cov = coverage(r, c.claims);
      expect(cov.missing, r.id).toEqual([]);
      expect(cov.contentLines).toBeGreaterThan(200);
    }
  });

  it('never keeps personal contact details in the data', () => {
    const json = JSON.stringify(ingestSeeds().collections);
    for (const secret of ['13524424436', 'wxj@swsc.com.cn', 'SXJ3780@hfzq.com.cn', 'mengcan@gjzq.com.cn', '0755-26671517', '18621310081']) expect(json).not.toContain(secret);
  });
});

describe('property: mutated real reports', () => {
  const base = readFileSync(join(REPORTS_DIR, '001_9ab0ab8dbd710fce.txt'), 'utf8').split('\n').slice(140, 420);
  const junk = fc.constantFrom('<table>', '</table>', '<td rowspan="99999">', '\t\t\t', '((((', '】【', '\uFEFF', '\r', '\u0000', '图 4：', '资料来源：', '# ', '1.1. ', '2023 年 2 月 30 日', '9'.repeat(400), '亿美元', '<script>alert(1)</script>', '\uD800', '😀', '·'.repeat(50), '$\\times$', '**');
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(junk, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })) }),
    fc.record({ op: fc.constant('splice' as const), at: fc.nat(), col: fc.nat(), text: junk }),
  );
  const apply = (lines: string[], ms: Array<{ op: string; at: number; len?: number; text?: string; col?: number }>) => {
    const out = [...lines];
    for (const m of ms) {
      const at = m.at % Math.max(1, out.length);
      if (m.op === 'delete') out.splice(at, m.len!);
      else if (m.op === 'duplicate') out.splice(at, 0, ...out.slice(at, at + m.len!));
      else if (m.op === 'insert') out.splice(at, 0, m.text!);
      else {
        const l = out[at] ?? '';
        const c = m.col! % (l.length + 1);
        out[at] = l.slice(0, c) + m.text + l.slice(c);
      }
    }
    return out.join('\n');
  };

  it('never throws and always returns schema-valid output plus issues, refusing only what it names', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (ms) => {
        const out = ingestFiles([{ name: 'mutated.txt', text: apply(base, ms) }]);
        if (out.issues.some((i) => i.code === 'SchemaViolation' || i.code === 'ReadFailed')) return false;
        if (out.collections.reports.length === 1) return true;
        // A report that is not read says why (a NUL or lone surrogate makes it binary).
        refused++;
        return out.issues.some((i) => i.code === 'BinaryFile' || i.code === 'EmptyFile');
      }),
      { numRuns: 150, seed: 20261122 },
    );
    // Most mutated reports are still read: the property is about reading them, not refusing them.
    expect(refused).toBeLessThan(150 / 4);
  }, 300_000);
});
