import { getEnv } from "@/lib/env";
import { createDb, prepareSqlite, type Db, type DbHandle } from "./client";

// One client per process; kept on globalThis so Next's dev reloads do not open a new pool each time.
const holder = globalThis as unknown as { __batonDb?: DbHandle; __batonDbReady?: Promise<void> };

export function getDbHandle(): DbHandle {
  if (!holder.__batonDb) {
    holder.__batonDb = createDb(getEnv().DATABASE_URL);
    if (holder.__batonDb.provider === "sqlite") holder.__batonDbReady = prepareSqlite(holder.__batonDb.db);
  }
  return holder.__batonDb;
}

/** The process's database client, ready for queries. */
export async function getDb(): Promise<Db> {
  const handle = getDbHandle();
  await holder.__batonDbReady;
  return handle.db;
}

export type { Db, DbOrTx, Tx } from "./client";
