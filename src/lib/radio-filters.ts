/**
 * CSS-only filters: a checked radio hides the items whose data attribute differs. The rules are
 * generated from the values actually on the page, so a new value in the data (a vendor country, a
 * modality) gets a working filter without touching a stylesheet.
 */

import { createHash } from 'node:crypto';
import type { Model } from '../schemas/index.ts';

/** One radio group: radios `#<idPrefix>-<value>` filter items on `data-<attr>`. */
export interface RadioGroup {
  idPrefix: string;
  attr: string;
  values: readonly string[];
}

/** Values become element ids and attribute selectors; only plain tokens are safe in both. */
const TOKEN = /^[A-Za-z0-9_-]+$/;

/** The radio id for one value of a group. */
export const radioId = (g: Pick<RadioGroup, 'idPrefix'>, value: string) => `${g.idPrefix}-${value}`;

/** The stylesheet for the groups: `main:has(#id:checked) <item>[data-a]:not([data-a='v']) { display: none }`. */
export function radioFilterCss(item: string, groups: readonly RadioGroup[]): string {
  const selectors: string[] = [];
  for (const g of groups) {
    if (!TOKEN.test(g.idPrefix) || !TOKEN.test(g.attr)) throw new Error(`radio filter: "${g.idPrefix}"/"${g.attr}" is not a plain token`);
    for (const v of g.values) {
      if (!TOKEN.test(v)) throw new Error(`radio filter: value "${v}" of ${g.attr} is not a plain token (letters, digits, - and _)`);
      selectors.push(`main:has(#${radioId(g, v)}:checked) ${item}[data-${g.attr}]:not([data-${g.attr}='${v}'])`);
    }
  }
  return selectors.length ? `${selectors.join(',\n')} {\n  display: none;\n}\n` : '';
}

/**
 * The stylesheet that shows `message` when the radios chosen leave no item: one selector per
 * combination of choices (each group's "all" radio is `#<idPrefix>-all`) that no item matches,
 * worked out here from the items' attribute values, since CSS cannot count what it hid.
 */
export function noMatchCss(message: string, groups: readonly RadioGroup[], items: ReadonlyArray<Record<string, string>>): string {
  const selectors: string[] = [];
  const walk = (k: number, combo: Array<string | null>) => {
    if (k === groups.length) {
      if (combo.every((v) => v === null) || items.some((it) => combo.every((v, j) => v === null || it[groups[j]!.attr] === v))) return;
      selectors.push(`main${combo.map((v, j) => `:has(#${v === null ? `${groups[j]!.idPrefix}-all` : radioId(groups[j]!, v)}:checked)`).join('')} ${message}`);
      return;
    }
    for (const v of [null, ...groups[k]!.values]) walk(k + 1, [...combo, v]);
  };
  walk(0, []);
  return selectors.length ? `${selectors.join(',\n')} {\n  display: block;\n}\n` : '';
}

/** A models-table row's filter values: modality, weights ("true", "false", "null") and origin of its vendor. */
export function modelRowAttrs(m: Pick<Model, 'modality' | 'open'>, country: string | null | undefined): { modality: string; open: string; origin: string } {
  return { modality: m.modality, open: String(m.open), origin: !country ? 'unknown' : country === 'CN' ? 'cn' : 'other' };
}

/**
 * The filters of the models table (`ModelTable.astro`): weights, origin, and the modalities present,
 * and a "no models match" line for the choices that leave none.
 */
export function modelTableFilterCss(models: readonly Pick<Model, 'modality' | 'open' | 'vendor'>[], countryOf: (vendor: string) => string | null | undefined): string {
  const groups: RadioGroup[] = [
    { idPrefix: 'f-open', attr: 'open', values: ['true', 'false', 'null'] },
    { idPrefix: 'f-origin', attr: 'origin', values: ['cn', 'other', 'unknown'] },
    { idPrefix: 'f-mod', attr: 'modality', values: [...new Set(models.map((m) => m.modality))].sort() },
  ];
  const rows = models.map((m) => modelRowAttrs(m, m.vendor ? countryOf(m.vendor) : null));
  return radioFilterCss('tr', groups) + noMatchCss('.no-match', groups, rows);
}

/** The CSP source that allows exactly this inline stylesheet. */
export const styleHash = (css: string) => `sha256-${createHash('sha256').update(css).digest('base64')}` as const;
