import Database from "better-sqlite3";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/config/database-url";
import { pgAdminUrl } from "./test-db-config";

export interface DatabaseOutage {
  /** Lets clients in again. */
  end(): Promise<void>;
}

/**
 * Makes a test database refuse its clients, as a real outage does. PostgreSQL: the database stops
 * accepting connections and every open one is terminated (clients see 57P01, then 55000 on each
 * reconnect). SQLite: another connection holds the write lock (BEGIN EXCLUSIVE), so every writer
 * waits its busy timeout and then fails with SQLITE_BUSY; readers still read (WAL).
 */
export async function cutDatabase(url: string): Promise<DatabaseOutage> {
  const target = parseDatabaseUrl(url);
  if (target.provider === "sqlite") {
    const holder = new Database(target.sqliteFile!);
    holder.exec("BEGIN EXCLUSIVE");
    return {
      async end() {
        holder.exec("COMMIT");
        holder.close();
      },
    };
  }
  const name = new URL(target.url).pathname.slice(1);
  await asAdmin(async (c) => {
    await c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
  });
  return { end: () => asAdmin((c) => c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`)).then(() => undefined) };
}

async function asAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgAdminUrl()! });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
