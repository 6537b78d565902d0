import type { DbOrTx } from "./client";

// Which PostgreSQL database a client speaks to: a LISTEN needs its own connection to the same database.
const urls = new WeakMap<object, string>();

export function rememberPostgresUrl(db: DbOrTx, url: string): void {
  urls.set(db, url);
}

/** The connection URL of a PostgreSQL client made by createDb; undefined for SQLite and for a transaction client. */
export function postgresUrlOf(db: DbOrTx): string | undefined {
  return urls.get(db);
}
