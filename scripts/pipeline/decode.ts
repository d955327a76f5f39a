import type { Issue } from '../../src/schemas/index.ts';

/** A report's bytes turned into newline-normalised text. */
export interface Decoded {
  text: string;
  encoding: string;
}

const issue = (file: string, code: Issue['code'], severity: Issue['severity'], message: string, hint: string, line?: number): Issue =>
  line ? { file, line, code, severity, message, hint } : { file, code, severity, message, hint };

/** Magic numbers of formats people save as .txt by mistake. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP/DOCX', [0x50, 0x4b, 0x03, 0x04]],
  ['OLE/DOC', [0xd0, 0xcf, 0x11, 0xe0]],
];

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Guess UTF-16 without a BOM from where the NUL bytes fall (ASCII-heavy text). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Share of characters that are control characters other than tab/newline: high means binary. */
function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

/** The 1-based line of a byte offset, for pointing at undecodable bytes. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** First byte offset where strict UTF-8 decoding fails. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** CRLF and lone CR become LF. */
export const normalizeNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * Detect the encoding (BOM, UTF-16 sniffing, strict UTF-8, then GB18030), refuse binary files,
 * and return LF-only text. Problems come back as issues; `value` is null when the file cannot be used.
 */
export function decodeReport(bytes: Uint8Array, file: string): { value: Decoded | null; issues: Issue[] } {
  const issues: Issue[] = [];
  if (bytes.length === 0) {
    return { value: null, issues: [issue(file, 'EmptyFile', 'error', 'the file is empty', 'remove it or replace it with the report text')] };
  }
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) {
      return {
        value: null,
        issues: [issue(file, 'BinaryFile', 'error', `this is a ${name} file saved with a text extension`, 'convert the report to plain text (UTF-8) before adding it')],
      };
    }
  }
  let encoding: string;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    encoding = sniffUtf16(bytes) ?? 'utf-8';
  }

  if (!encoding.startsWith('utf-16')) {
    // NUL bytes or many control bytes never occur in UTF-8 or GBK text.
    let control = 0;
    const n = Math.min(body.length, 65536);
    for (let i = 0; i < n; i++) {
      const b = body[i]!;
      if (b === 0) {
        control = n;
        break;
      }
      if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
    }
    if (control / Math.max(1, n) > 0.01) {
      return { value: null, issues: [issue(file, 'BinaryFile', 'error', 'the file contains binary data, not text', 'convert the report to plain text (UTF-8) before adding it')] };
    }
  }
  let text: string | null = null;
  if (encoding.startsWith('utf-16')) {
    text = new TextDecoder(encoding, { fatal: false }).decode(body);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const bad = firstInvalidUtf8(body);
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(body);
        encoding = 'gb18030';
        issues.push(
          issue(file, 'DecodedFromLegacyEncoding', 'info', 'decoded as GB18030/GBK (not valid UTF-8)', 'nothing to do; re-save as UTF-8 to skip detection', lineOfByte(body, bad)),
        );
      } catch {
        return {
          value: null,
          issues: [
            issue(file, 'UndecodableText', 'error', `bytes at offset ${bad} are neither UTF-8 nor GB18030`, 're-export the report as UTF-8 text', lineOfByte(body, bad)),
          ],
        };
      }
    }
  }
  if (text.includes('\u0000') || controlRatio(text) > 0.02) {
    return { value: null, issues: [issue(file, 'BinaryFile', 'error', 'the file contains binary data, not text', 'convert the report to plain text (UTF-8) before adding it')] };
  }
  text = normalizeNewlines(text.replace(/^\uFEFF/, ''));
  if (text.trim().length === 0) {
    return { value: null, issues: [issue(file, 'EmptyFile', 'error', 'the file has no text, only whitespace', 'remove it or replace it with the report text')] };
  }
  return { value: { text, encoding }, issues };
}
