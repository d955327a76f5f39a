/**
 * What the timeline shows, in words. A module of its own with no runtime imports: the chart script
 * in the browser uses it too when filters change.
 */
import type { Event } from '../schemas/index.ts';

type Kind = Event['kind'];

/** Names of the kinds of events other than releases: as a point's label, one and several. */
export const EVENT_KINDS: Record<Exclude<Kind, 'release'>, { label: string; one: string; many: string }> = {
  launch: { label: 'Launch', one: 'launch', many: 'launches' },
  funding: { label: 'Funding', one: 'funding round', many: 'funding rounds' },
  announcement: { label: 'Announcement', one: 'announcement', many: 'announcements' },
};

/** "12 dated releases of 10 models, 2 launches": what the timeline shows. */
export function timelineCount(points: Array<{ kind: string; model: string }>): string {
  const releases = points.filter((p) => p.kind === 'release');
  const models = new Set(releases.map((p) => p.model)).size;
  const others = (Object.keys(EVENT_KINDS) as Array<keyof typeof EVENT_KINDS>).map((k) => [k, points.filter((p) => p.kind === k).length] as const).filter(([, n]) => n > 0);
  return [`${releases.length} dated release${releases.length === 1 ? '' : 's'} of ${models} model${models === 1 ? '' : 's'}`, ...others.map(([k, n]) => `${n} ${n === 1 ? EVENT_KINDS[k].one : EVENT_KINDS[k].many}`)].join(', ');
}

/** How an event other than a release is named: its kind ("Launch") and what ("GPT 商店", "3亿美元"). */
export const eventParts = (e: Pick<Event, 'kind' | 'label' | 'text'>): { kind: string; label: string } => ({
  kind: e.kind === 'release' ? 'Release' : EVENT_KINDS[e.kind].label,
  label: e.label ?? e.text.slice(0, 24),
});
