import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { EXPORTS, ingestFile } from '../../lib/exports.ts';

/** /data/<collection>.json is the ingest output byte for byte; .csv flattens the same rows. */
export function getStaticPaths() {
  return EXPORTS.flatMap((e) => [
    { params: { file: `${e.name}.json` }, props: { e, format: 'json' as const } },
    { params: { file: `${e.name}.csv` }, props: { e, format: 'csv' as const } },
  ]);
}

export const GET: APIRoute = ({ props }) => {
  const { e, format } = props as { e: (typeof EXPORTS)[number]; format: 'json' | 'csv' };
  const text = ingestFile(e.file);
  if (format === 'json') return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  return new Response(toCsv(JSON.parse(text) as Array<Record<string, unknown>>, [...e.omitInCsv]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
