import type { DbOrTx } from "./client";

// Which PostgreSQL database a client speaks to: a LISTEN needs its own connection to the same database.
// On globalThis, as the client itself is (lib/db/index.ts): server/serve.ts, loaded by tsx, makes the
// process's client, and the routes Next bundled with their own copy of this module ask about it.
const holder = globalThis as unknown as { __batonPostgresUrls?: WeakMap<object, string> };
const urls = (holder.__batonPostgresUrls ??= new WeakMap<object, string>());

export function rememberPostgresUrl(db: DbOrTx, url: string): void {
  urls.set(db, url);
}

/** The connection URL of a PostgreSQL client made by createDb; undefined for SQLite and for a transaction client. */
export function postgresUrlOf(db: DbOrTx): string | undefined {
  return urls.get(db);
}
