/**
 * Rows of a collection as CSV (RFC 4180): nested objects flatten to dotted columns, arrays join with "; ".
 * UTF-8 with a byte-order mark, so a spreadsheet opened by double-click (Excel) reads the Chinese text.
 */
export function toCsv(rows: Array<Record<string, unknown>>, omit: string[] = []): string {
  const flat = rows.map((r) => flatten(r, '', omit));
  const cols: string[] = [];
  for (const r of flat) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  const esc = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[cols.join(','), ...flat.map((r) => cols.map((c) => esc(r[c])).join(','))].join('\n')}\n`;
}

function flatten(o: Record<string, unknown>, prefix: string, omit: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (omit.includes(key)) continue;
    if (Array.isArray(v)) out[key] = v.every((x) => typeof x !== 'object' || x === null) ? v.join('; ') : JSON.stringify(v);
    else if (v !== null && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key, omit));
    else out[key] = v;
  }
  return out;
}
