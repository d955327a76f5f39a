import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../scripts/pipeline/ingest-corpus.ts';
import { ingestFiles, REPORTS_DIR } from '../helpers/corpus.ts';

const BROKEN = join(import.meta.dirname, '../fixtures/broken');
const broken = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(BROKEN, name))) });
const seed = (id: string) => ({ name: `${id}.txt`, bytes: new Uint8Array(readFileSync(join(REPORTS_DIR, `${id}.txt`))) });

/** Issues of one file, formatted as the CLI prints them. */
const issuesOf = (out: ReturnType<typeof ingestFiles>, name: string) => out.issues.filter((i) => i.file.endsWith(name) && i.code !== 'UnknownEntityCandidate' && i.code !== 'MissingMetadata').map(formatIssue);

describe('ingestCorpus on broken input', () => {
  it('names an empty file and tells how to fix it', () => {
    const out = ingestFiles([broken('empty.txt'), broken('whitespace-only.txt')]);
    expect(issuesOf(out, 'empty.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/empty.txt: error EmptyFile: the file is empty — remove it or replace it with the report text",
      ]
    `);
    expect(issuesOf(out, 'whitespace-only.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/whitespace-only.txt: error EmptyFile: the file has no text, only whitespace — remove it or replace it with the report text",
      ]
    `);
    expect(out.ingested).toBe(0);
  });

  it('refuses binary files saved as .txt (PDF, PNG, random bytes) without garbling them', () => {
    const out = ingestFiles([broken('pdf-saved-as.txt'), broken('png-saved-as.txt'), broken('random-binary.txt')]);
    expect(issuesOf(out, 'pdf-saved-as.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/pdf-saved-as.txt: error BinaryFile: this is a PDF file saved with a text extension — convert the report to plain text (UTF-8) before adding it",
      ]
    `);
    expect(issuesOf(out, 'png-saved-as.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/png-saved-as.txt: error BinaryFile: this is a PNG file saved with a text extension — convert the report to plain text (UTF-8) before adding it",
      ]
    `);
    expect(issuesOf(out, 'random-binary.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/random-binary.txt: error BinaryFile: the file contains binary data, not text — convert the report to plain text (UTF-8) before adding it",
      ]
    `);
    expect(out.collections.reports).toHaveLength(0);
  });

  it('decodes a GBK report and extracts the same market figures as from UTF-8', () => {
    const out = ingestFiles([broken('gbk-market.txt')]);
    expect(out.collections.reports[0]!.encoding).toBe('gb18030');
    expect(out.issues.find((i) => i.code === 'DecodedFromLegacyEncoding')?.severity).toBe('info');
    const figures = out.collections.marketFigures.map((f) => `${f.subject} ${f.period} ${f.value}${f.unit}`);
    expect(figures).toEqual(['China AI market size 2022 2058亿元', 'China AI CAGR 2023-2027 28.2%', 'China AI market size 2027 7119亿元', 'Global AI market size 2023 2079亿美元', 'Global AI market size 2030 18475亿美元']);
  });

  it('reads UTF-16 LE and BE with a BOM, CRLF with a BOM, and lone CR line ends like UTF-8', () => {
    const utf8 = ingestFiles([{ name: 'plain.txt', text: readFileSync(join(REPORTS_DIR, '000_8808e45e92e62c2d.txt'), 'utf8').split('\n').slice(242, 249).join('\n') + '\n' }]);
    const plain = utf8.collections.marketFigures.map((f) => [f.source.line, f.value]);
    expect(plain).toHaveLength(5);
    for (const name of ['utf16le-bom-market.txt', 'utf16be-bom-market.txt', 'lone-cr-market.txt']) {
      const out = ingestFiles([broken(name)]);
      expect(out.collections.marketFigures.map((f) => [f.source.line, f.value]), name).toEqual(plain);
    }
    const crlf = ingestFiles([broken('crlf-bom-mixtral.txt')]);
    expect(crlf.collections.reports[0]!.encoding).toBe('utf-8-bom');
    expect(crlf.collections.results.filter((r) => r.model === 'mixtral-8x7b').map((r) => `${r.benchmark} ${r.value}`)).toContain('mmlu 70.6');
    expect(crlf.collections.reports[0]!.blocks.every((b) => !b.text.includes('\r'))).toBe(true);
  });

  it('reads a malformed HTML table (unclosed cells) and still finds its scores', () => {
    const out = ingestFiles([broken('malformed-html-table.txt')]);
    expect(out.collections.results.map((r) => `${r.model} ${r.benchmark} ${r.value}`)).toEqual([
      'llama-2-70b mmlu 69.9',
      'gpt-3-5 mmlu 70',
      'mixtral-8x7b mmlu 70.6',
      'llama-2-70b hellaswag 87.1',
      'gpt-3-5 hellaswag 85.5',
      'mixtral-8x7b hellaswag 86.7',
    ]);
  });

  it('reports a never-closed HTML table with its line and keeps the text after it', () => {
    const out = ingestFiles([broken('unclosed-html-table.txt')]);
    expect(issuesOf(out, 'unclosed-html-table.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/unclosed-html-table.txt:3: warning UnclosedHtmlTable: an HTML <table> starts here and is never closed — add the missing </table>; the lines are kept as plain text",
      ]
    `);
    expect(out.collections.results.map((r) => `${r.model} ${r.benchmark} ${r.value} L${r.source.line}`)).toEqual(['gpt-4 mmlu 86.4 L5']);
  });

  it('warns about a file that is only boilerplate', () => {
    const out = ingestFiles([broken('boilerplate-only.txt')]);
    expect(issuesOf(out, 'boilerplate-only.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/boilerplate-only.txt: warning BoilerplateOnly: the report has no content besides boilerplate, contents and page furniture — check that the right file was added",
      ]
    `);
  });

  it('ingests good reports unchanged when broken files sit beside them', () => {
    const names = readdirSync(BROKEN).sort();
    const out = ingestFiles([...names.map(broken), seed('001_9ab0ab8dbd710fce'), seed('003_1dfa16a953909437')]);
    const ids = out.collections.reports.map((r) => r.id);
    expect(ids).toContain('001_9ab0ab8dbd710fce');
    expect(ids).toContain('003_1dfa16a953909437');
    const alone = ingestFiles([seed('001_9ab0ab8dbd710fce'), seed('003_1dfa16a953909437')]);
    const count = (o: typeof out, id: string) => o.collections.results.filter((r) => r.source.report === id).length;
    expect(count(alone, '001_9ab0ab8dbd710fce')).toBeGreaterThan(100);
    expect(count(alone, '003_1dfa16a953909437')).toBeGreaterThan(10);
    expect(count(out, '001_9ab0ab8dbd710fce')).toBe(count(alone, '001_9ab0ab8dbd710fce'));
    expect(count(out, '003_1dfa16a953909437')).toBe(count(alone, '003_1dfa16a953909437'));
  });

  it('counts the same report under two names once and says which files they are', () => {
    const a = seed('003_1dfa16a953909437');
    const out = ingestFiles([a, { name: 'copy-of-003.txt', bytes: a.bytes }]);
    expect(out.collections.reports).toHaveLength(1);
    expect(issuesOf(out, 'copy-of-003.txt')).toMatchInlineSnapshot(`
      [
        "fixtures/copy-of-003.txt: warning DuplicateReport: same text as fixtures/003_1dfa16a953909437.txt; counted once — delete one of the two files",
      ]
    `);
  });
});
