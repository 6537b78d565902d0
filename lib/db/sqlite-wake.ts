import fs from "node:fs";
import path from "node:path";
import type { DbOrTx } from "./client";

/**
 * SQLite has no NOTIFY, and every process that shares a SQLite database runs on its host, so its
 * processes wake each other through files: a directory beside the database holds one file per
 * channel, a signal rewrites that file, and a watcher (inotify on Linux) hears it at once. Like
 * PostgreSQL's NOTIFY it is only a hint: whoever sleeps still polls, so a lost signal costs a poll
 * interval, never a job. The directory is the signalling process's own (0700), as the database is.
 */
export function sqliteWakeDir(databaseFile: string): string {
  return `${databaseFile}-wake`;
}

/** The main database file a SQLite connection has open, as SQLite resolved it; undefined in memory. */
export async function sqliteDatabaseFile(db: DbOrTx): Promise<string | undefined> {
  const rows = await db.$queryRawUnsafe<Array<{ file: string }>>("SELECT file FROM pragma_database_list WHERE name = 'main'");
  return rows[0]?.file || undefined;
}

/**
 * Wakes the watchers of `channel` (a file name) of this connection's database. Both sides name the
 * database by what SQLite says it opened, so a relative DATABASE_URL or a symlink agrees with itself.
 */
export async function signalSqliteWake(db: DbOrTx, channel: string): Promise<void> {
  const file = await sqliteDatabaseFile(db);
  if (!file) return;
  const dir = sqliteWakeDir(file);
  try {
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    // Renamed into place: watchers see one event under the channel's name per signal (a rewrite
    // in place is two, the truncation and the write).
    const temp = path.join(dir, `.${channel}.${process.pid}.${Math.random().toString(36).slice(2)}`);
    await fs.promises.writeFile(temp, `${process.pid} ${Date.now()}\n`, { mode: 0o600 });
    await fs.promises.rename(temp, path.join(dir, channel));
  } catch {
    // The change it announces is committed: failing its caller now would have the job started
    // twice on a retry. Watchers still poll.
  }
}
