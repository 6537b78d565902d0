import fs from "node:fs";
import { describeError } from "@/lib/db/describe-error";
import { sqliteWakeDir } from "@/lib/db/sqlite-wake";

export interface SqliteWakeWatcher {
  close(): void;
}

/** A wake file (lib/db/sqlite-wake.ts) and what a signal on it wakes. */
export interface WakeFile {
  name: string;
  onWake: () => void;
}

/**
 * Watches the wake directory beside a SQLite database: a signal on one of `files` wakes its sleeper
 * at once. Only a hint, as LISTEN is on PostgreSQL (lib/db/wake-listener.ts): while the watch is
 * down the sleepers poll at their shorter interval, and it is set up again with backoff.
 */
export function watchSqliteWakes(options: {
  databaseFile: string;
  files: WakeFile[];
  onWatchingChange: (watching: boolean) => void;
  log: (message: string) => void;
}): SqliteWakeWatcher {
  const dir = sqliteWakeDir(options.databaseFile);
  let watcher: fs.FSWatcher | null = null;
  let closed = false;
  let retryMs = 1_000;
  let retryTimer: NodeJS.Timeout | undefined;

  const watch = () => {
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const w = fs.watch(dir, { persistent: false }, (_event, filename) => {
        const file = options.files.find((f) => f.name === filename);
        file?.onWake();
      });
      w.on("error", (err) => lost(w, err));
      watcher = w;
      retryMs = 1_000;
      options.onWatchingChange(true);
      // Signals sent while nobody watched were heard by no one.
      for (const file of options.files) file.onWake();
    } catch (err) {
      fail(err);
    }
  };
  const fail = (err: unknown) => {
    if (closed) return;
    options.onWatchingChange(false);
    options.log(`cannot watch ${dir} for new jobs (${describeError(err)}); polling until it can`);
    retryTimer = setTimeout(watch, retryMs);
    retryMs = Math.min(retryMs * 2, 30_000);
  };
  const lost = (w: fs.FSWatcher, err: unknown) => {
    if (watcher !== w || closed) return;
    watcher = null;
    w.close();
    fail(err);
  };
  watch();

  return {
    close() {
      closed = true;
      clearTimeout(retryTimer);
      watcher?.close();
      watcher = null;
    },
  };
}
