import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './data.ts';

/**
 * The notes whose subject (`about: model:gpt-4`, `vendor:openai`, `benchmark:mmlu`, `market:<slug>`) is
 * in the data. A site built from another folder of reports (REPORT_DATA_DIR) may lack a note's
 * subject: the note is left out, with a build message, instead of failing on the data it embeds.
 */
export async function notesInData(): Promise<Array<CollectionEntry<'notes'>>> {
  const s = await site();
  const notes = await getCollection('notes');
  const has = (about: string | undefined): boolean => {
    if (!about) return true;
    const [kind, id = ''] = about.split(':');
    if (kind === 'model') return s.model.has(id);
    if (kind === 'vendor') return s.vendor.has(id);
    if (kind === 'benchmark') return s.benchmark.has(id);
    if (kind === 'market') return s.subjects.some((m) => m.slug === id);
    return true;
  };
  const kept = notes.filter((n) => has(n.data.about));
  for (const n of notes) if (!kept.includes(n)) console.warn(`notes: content/notes/${n.id}.mdx is about ${n.data.about}, which this data does not have; the note is left out`);
  return kept;
}
