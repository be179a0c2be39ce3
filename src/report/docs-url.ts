/** Where each rule's page lives: `docs/rules/<id>.md` on the default branch. */
export const DOCS_BASE_URL = 'https://github.com/airflow-preflight/airflow-preflight/blob/main/docs/rules/';

/** The docs page of one rule; `baseUrl` may be given with or without its trailing slash. */
export function ruleDocUrl(id: string, baseUrl: string = DOCS_BASE_URL): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${encodeURIComponent(id)}.md`;
}
