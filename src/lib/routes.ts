/** URLs of the site's pages, in one place. */
export const routes = {
  home: () => '/',
  reports: () => '/reports/',
  report: (id: string) => `/reports/${id}/`,
  line: (report: string, line: number) => `/reports/${report}/#L${line}`,
  /** A report anchor by id: a line ("L603") or a table cell ("L603c4"). */
  anchor: (report: string, id: string) => `/reports/${report}/#${id}`,
  figure: (report: string, figureId: string) => `/reports/${report}/#${figureId}`,
  models: () => '/models/',
  model: (id: string) => `/models/${id}/`,
  vendors: () => '/vendors/',
  vendor: (id: string) => `/vendors/${id}/`,
  benchmarks: () => '/benchmarks/',
  benchmark: (id: string) => `/benchmarks/${id}/`,
  timeline: () => '/timeline/',
  markets: () => '/markets/',
  disagreements: () => '/disagreements/',
  market: (slug: string) => `/markets/#${slug}`,
  search: () => '/search/',
  data: () => '/data/',
  about: () => '/about/',
  methodology: () => '/methodology/',
};
