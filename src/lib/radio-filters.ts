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

/** The filters of the models table (`ModelTable.astro`): weights, origin, and the modalities present. */
export function modelTableFilterCss(models: readonly Pick<Model, 'modality'>[]): string {
  return radioFilterCss('tr', [
    { idPrefix: 'f-open', attr: 'open', values: ['true', 'false'] },
    { idPrefix: 'f-origin', attr: 'origin', values: ['cn', 'other', 'unknown'] },
    { idPrefix: 'f-mod', attr: 'modality', values: [...new Set(models.map((m) => m.modality))].sort() },
  ]);
}

/** The CSP source that allows exactly this inline stylesheet. */
export const styleHash = (css: string) => `sha256-${createHash('sha256').update(css).digest('base64')}` as const;
