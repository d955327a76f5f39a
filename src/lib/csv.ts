/**
 * Rows of a collection as CSV (RFC 4180): nested objects flatten to dotted columns, lists join with "; ";
 * a list of sourced assertions (objects with a `value`) shows its values (an amount as printed, "1.8 万亿",
 * "$0.03", a date in ISO form), and `modelFactRows` gives them one row each with every field and source. UTF-8 with a byte-order mark, so a spreadsheet opened by double-click
 * (Excel) reads the Chinese text. Text that starts with = + - @ (a setting "+ GPT-3.5") gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it as a formula.
 */
export function toCsv(rows: Array<Record<string, unknown>>, omit: string[] = []): string {
  const flat = rows.map((r) => flatten(r, '', omit));
  const cols: string[] = [];
  for (const r of flat) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  const esc = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[cols.join(','), ...flat.map((r) => cols.map((c) => esc(r[c])).join(','))].join('\n')}\n`;
}

/** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

function flatten(o: Record<string, unknown>, prefix: string, omit: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (omit.includes(key)) continue;
    if (Array.isArray(v)) out[key] = v.every((x) => typeof x !== 'object' || x === null) ? v.join('; ') : v.every(isAssertion) ? v.map(assertionText).join('; ') : JSON.stringify(v);
    else if (v !== null && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key, omit));
    else out[key] = v;
  }
  return out;
}

const isAssertion = (x: unknown): x is { value: unknown; source: unknown; printed?: unknown } => typeof x === 'object' && x !== null && 'value' in x && 'source' in x;
/** An amount reads best as printed (its unit and currency with it); other values (an ISO date, a modality) as they are. */
const assertionText = (x: { value: unknown; printed?: unknown }): unknown => (typeof x.value === 'number' && typeof x.printed === 'string' ? x.printed : x.value);

/** The sourced facts of models (release dates, parameters, context windows, prices): one row per assertion. */
export function modelFactRows(models: Array<Record<string, unknown> & { id: string }>, attributes: readonly string[]): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const m of models)
    for (const attribute of attributes) {
      const list = m[attribute];
      if (!Array.isArray(list)) continue;
      list.forEach((a: Record<string, unknown>, i) => {
        // The row's own columns first; an assertion field of the same name cannot overwrite them.
        const { id: _id, model: _model, attribute: _attribute, ...fields } = a;
        rows.push({ id: `${m.id}-${attribute}-${i + 1}`, model: m.id, attribute, ...fields });
      });
    }
  return rows;
}
