import pg from "pg";
import { jobsChannel } from "@/lib/jobs/notify-job-queued";

export interface WakeListener {
  close(): Promise<void>;
}

/**
 * PostgreSQL LISTEN on the jobs channel with a plain `pg` client (Prisma has no LISTEN API): a
 * notification for this worker's group wakes the claim loop at once. Only a hint; the loop's polling
 * keeps working while the connection is down, and it reconnects with backoff.
 */
export function listenForJobs(options: {
  url: string;
  group: string;
  onWake: () => void;
  onConnectedChange: (connected: boolean) => void;
  log: (message: string) => void;
}): WakeListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 1_000;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const c = new pg.Client({ connectionString: options.url });
    client = c;
    c.on("notification", (msg) => {
      if (msg.channel === jobsChannel && msg.payload === options.group) options.onWake();
    });
    c.on("error", (err) => lost(c, err));
    c.on("end", () => lost(c, new Error("connection ended")));
    try {
      await c.connect();
      await c.query(`LISTEN ${jobsChannel}`);
      retryMs = 1_000;
      options.onConnectedChange(true);
      // Jobs queued while disconnected sent notifications nobody heard.
      options.onWake();
    } catch (err) {
      lost(c, err as Error);
    }
  };
  const lost = (c: pg.Client, err: Error) => {
    if (client !== c || closed) return;
    client = null;
    options.onConnectedChange(false);
    options.log(`LISTEN connection lost (${err.message}); polling until it is back`);
    c.end().catch(() => undefined);
    retryTimer = setTimeout(() => void connect(), retryMs);
    retryMs = Math.min(retryMs * 2, 30_000);
  };
  void connect();

  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
