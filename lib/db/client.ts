import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "@/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { gatedSqliteAdapter, syncBusyWaitMs } from "./gated-sqlite-adapter";
import { rememberPostgresUrl } from "./postgres-url";
import { parseDatabaseUrl, type DbProvider } from "@/lib/config/database-url";

/**
 * The app-facing client type. Both generated clients have the same models (one base schema), so
 * the SQLite client is used through the PostgreSQL client's type; code must avoid PostgreSQL-only
 * query options (mode: "insensitive", skipDuplicates).
 */
export type Db = PgClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  provider: DbProvider;
  url: string;
}

/** SQLite waits this long for a writer lock before SQLITE_BUSY; the portal and workers share the file. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export interface DbOptions {
  poolSize?: number;
  /**
   * How long a SQLite statement waits for another process's write lock before SQLITE_BUSY. The wait
   * is on timers (gated-sqlite-adapter.ts), so the process goes on serving meanwhile; the worker sets a
   * short one and retries its writes itself, spooling records meanwhile.
   */
  sqliteBusyTimeoutMs?: number;
}

export function createDb(databaseUrl: string, options: DbOptions = {}): DbHandle {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: options.poolSize ?? 10 });
    // Prisma's defaults (2 s to start, 5 s to finish) abort a transaction of a few statements on a
    // host whose cores are busy (CI's PostgreSQL beside PowerShell failed job starts so); a slow
    // transaction costs less than one aborted and sent again, and row locks still bound the wait.
    const db = new PgClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
    rememberPostgresUrl(db, target.url);
    return { db, provider: "postgresql", url: target.url };
  }
  fs.mkdirSync(path.dirname(target.sqliteFile!), { recursive: true });
  const busyTimeoutMs = options.sqliteBusyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS;
  const adapter = gatedSqliteAdapter(new PrismaBetterSqlite3({ url: target.sqliteFile!, timeout: Math.min(syncBusyWaitMs, busyTimeoutMs) }), busyTimeoutMs);
  // A transaction may wait up to the busy timeout for another process's write lock, so Prisma's
  // 5 s defaults would abort transactions that SQLite itself would still let through.
  const transactionOptions = { maxWait: Math.max(busyTimeoutMs, 5_000), timeout: Math.max(2 * busyTimeoutMs, 5_000) };
  const client = new SqliteClient({ adapter, transactionOptions }) as unknown as Db;
  return { db: client, provider: "sqlite", url: target.url };
}

/**
 * WAL lets readers (the portal) proceed while a worker writes. It is a property of the file, so
 * setting it once per process is enough; busy_timeout comes from the adapter's `timeout` option
 * (short: gated-sqlite-adapter.ts waits the rest of sqliteBusyTimeoutMs on timers).
 */
export async function prepareSqlite(db: Db): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
}
