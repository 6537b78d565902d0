import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "@/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { prepareSqlite, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/config/database-url";

export interface CountingDb {
  db: Db;
  /** SQL statements sent so far (every statement Prisma logs, transaction control included). */
  queries(): number;
}

/**
 * A client like lib/db/client.ts creates, with Prisma's query log on, to count what a worker asks
 * of the database.
 */
export async function createCountingDb(url: string): Promise<CountingDb> {
  const target = parseDatabaseUrl(url);
  const log = [{ emit: "event" as const, level: "query" as const }];
  let count = 0;
  if (target.provider === "postgresql") {
    const db = new PgClient({ adapter: new PrismaPg({ connectionString: target.url, max: 4 }), log });
    db.$on("query", () => count++);
    return { db, queries: () => count };
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.sqliteFile!, timeout: 10_000 }), log });
  client.$on("query", () => count++);
  const db = client as unknown as Db;
  await prepareSqlite(db);
  return { db, queries: () => count };
}
