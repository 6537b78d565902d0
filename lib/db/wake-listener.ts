import pg from "pg";
import { describeError } from "@/lib/db/describe-error";

export interface WakeListener {
  close(): Promise<void>;
}

/** A PostgreSQL notification channel and what its notifications wake. */
export interface WakeChannel {
  name: string;
  /** Whether a notification's payload concerns this process; without it every notification does. */
  matches?: (payload: string) => boolean;
  /** `payload` is the notification's; undefined after a (re)connect, when any notification may have been missed. */
  onWake: (payload?: string) => void;
}

/**
 * PostgreSQL LISTEN on the given channels with one plain `pg` client (Prisma has no LISTEN API): a
 * notification wakes its channel's sleeper at once. Only a hint; the sleepers' polling keeps working
 * while the connection is down, and it reconnects with backoff. A worker listens for its group's
 * queued jobs and for schedule changes on one connection; the web service for schedule changes.
 */
export function listenForWakes(options: {
  url: string;
  channels: WakeChannel[];
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
      const channel = options.channels.find((ch) => ch.name === msg.channel);
      if (channel && (!channel.matches || channel.matches(msg.payload ?? ""))) channel.onWake(msg.payload ?? "");
    });
    c.on("error", (err) => lost(c, err));
    c.on("end", () => lost(c, new Error("connection ended")));
    try {
      await c.connect();
      for (const channel of options.channels) await c.query(`LISTEN ${channel.name}`);
      retryMs = 1_000;
      options.onConnectedChange(true);
      // Changes made while disconnected sent notifications nobody heard.
      for (const channel of options.channels) channel.onWake();
    } catch (err) {
      lost(c, err);
    }
  };
  const lost = (c: pg.Client, err: unknown) => {
    if (client !== c || closed) return;
    client = null;
    options.onConnectedChange(false);
    options.log(`LISTEN connection lost (${describeError(err)}); polling until it is back`);
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
