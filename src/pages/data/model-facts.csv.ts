import type { APIRoute } from 'astro';
import { modelFactRows, toCsv } from '../../lib/csv.ts';
import { ingestFile, MODEL_FACTS } from '../../lib/exports.ts';
import { COLLECTION_FILES } from '../../schemas/index.ts';

/** The models' sourced facts, one row per assertion (models.json holds them nested). */
export const GET: APIRoute = () => {
  const models = JSON.parse(ingestFile(COLLECTION_FILES.models)) as Array<Record<string, unknown> & { id: string }>;
  return new Response(toCsv(modelFactRows(models, MODEL_FACTS)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
