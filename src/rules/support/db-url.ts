// SQLAlchemy's own URL grammar (sqlalchemy.engine.url._parse_url), so that a URL splits here exactly as
// the metastore engine will split it. Hand-written because Node's URL parser accepts and normalises
// things SQLAlchemy does not (and rejects `[\w+]` schemes with an underscore).
const SQLALCHEMY_URL = new RegExp(
  [
    '^(?<name>[\\w+]+)://',
    '(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?',
    '(?:(?:\\[(?<ipv6host>[^/?]+)\\]|(?<ipv4host>[^/:?]+))?(?::(?<port>[^/?]*))?)?',
    '(?:/(?<database>[^?]*))?',
    '(?:\\?(?<query>.*))?$',
  ].join(''),
  's',
);

export interface DatabaseUrl {
  /** Everything before `://`, e.g. `postgresql+psycopg2`. */
  scheme: string;
  /** The dialect part, e.g. `postgresql`. */
  dialect: string;
  /** The driver after `+`, when written. */
  driver: string | undefined;
  username: string | undefined;
  password: string | undefined;
  host: string | undefined;
  port: string | undefined;
  database: string | undefined;
  query: string | undefined;
}

/** Undefined when SQLAlchemy could not parse the text as a URL at all. */
export function parseDatabaseUrl(text: string): DatabaseUrl | undefined {
  const match = SQLALCHEMY_URL.exec(text.trim());
  const groups = match?.groups;
  if (!groups?.['name']) return undefined;
  const scheme = groups['name'];
  const plus = scheme.indexOf('+');
  return {
    scheme,
    dialect: plus === -1 ? scheme : scheme.slice(0, plus),
    driver: plus === -1 ? undefined : scheme.slice(plus + 1),
    username: groups['username'],
    password: groups['password'],
    host: groups['ipv6host'] ?? groups['ipv4host'],
    port: groups['port'],
    database: groups['database'],
    query: groups['query'],
  };
}
