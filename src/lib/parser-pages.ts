/** Reports whose parser details fit on /about/ itself; larger corpora get a summary there and detail pages. */
export const ABOUT_PAGE_REPORTS = 25;

/** URL of page `n` (1-based) of the per-report parser details. */
export const parserDetailsRoute = (n: number): string => `/about/reports/${n}/`;

/** Where a report's parser details are: on /about/ for a small corpus, else on its detail page (`position` in report-id order, of `total`). */
export function parserDetailsHref(position: number, total: number, id: string): string {
  if (total <= ABOUT_PAGE_REPORTS) return `/about/#${id}`;
  return `${parserDetailsRoute(Math.floor(position / ABOUT_PAGE_REPORTS) + 1)}#${id}`;
}
