import { describe, expect, it } from 'vitest';
import { decodeReport, normalizeNewlines } from '../../scripts/pipeline/decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeReport', () => {
  it('reads plain UTF-8 and reports its encoding', () => {
    const r = decodeReport(enc('# 计算机\n\n## 多模态，AI大模型新一轮革命\n'), 'x.txt');
    expect(r.value).toEqual({ text: '# 计算机\n\n## 多模态，AI大模型新一轮革命\n', encoding: 'utf-8' });
    expect(r.issues).toEqual([]);
  });

  it('drops a UTF-8 byte-order mark and turns CRLF into LF', () => {
    const r = decodeReport(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('图 4：Gemini 基准测试量化结果\r\n\r\nMMLU\t90.04%\r\n')]), 'x.txt');
    expect(r.value).toEqual({ text: '图 4：Gemini 基准测试量化结果\n\nMMLU\t90.04%\n', encoding: 'utf-8-bom' });
  });

  it('sniffs UTF-16 without a BOM from where the zero bytes fall', () => {
    const bytes = new Uint8Array(Buffer.from('GPT-4 MMLU 86.4%\nClaude 3 Opus 86.8%\n', 'utf16le'));
    expect(decodeReport(bytes, 'x.txt').value?.encoding).toBe('utf-16le');
  });

  it('names the line of the first byte that is neither UTF-8 nor GB18030', () => {
    const r = decodeReport(new Uint8Array([...enc('第一行\n第二行\n'), 0xff, 0xff, 0x41]), 'x.txt');
    expect(r.value).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: 'UndecodableText', line: 3, severity: 'error' });
  });
});

describe('normalizeNewlines', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});
