import path from "node:path";

export type DbProvider = "sqlite" | "postgresql";

export interface DbTarget {
  provider: DbProvider;
  url: string;
  /** Absolute path of the SQLite file; undefined for PostgreSQL. */
  sqliteFile?: string;
}

/** Reads the provider from a DATABASE_URL: `file:` is SQLite, `postgres(ql)://` is PostgreSQL. */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DbTarget {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    if (!file) throw new Error("DATABASE_URL: a file: URL needs a path, e.g. file:./data/baton.db");
    const sqliteFile = path.resolve(cwd, file);
    return { provider: "sqlite", url: `file:${sqliteFile}`, sqliteFile };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
}

/** Redacts the password of a database URL for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
