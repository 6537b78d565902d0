import type { Db } from "@/lib/db";
import { postgresUrlOf } from "@/lib/db/postgres-url";
import { listenForWakes } from "@/lib/db/wake-listener";
import { startReaper } from "@/lib/queue/start-reaper";
import { startRetentionTimer } from "@/lib/retention/start-retention-timer";
import { schedulesChannel } from "@/lib/schedules/notify-schedules-changed";
import { startScheduleTimer } from "@/lib/schedules/start-schedule-timer";

export interface TimeBasedWorkOptions {
  /** This process as people read it ("web service host-4242"): the actor of the purges it runs. */
  instanceName: string;
  /** One line per event, starting with the part that writes it: `reaper: …`, `scheduler: …`, `retention: …`. */
  log: (line: string) => void;
  /** The scheduler's longest sleep while LISTEN announces schedule changes (lib/schedules/start-schedule-timer.ts). */
  scheduleSafetyTickMs?: number;
  /** The first retention check after start (lib/retention/start-retention-timer.ts). */
  retentionFirstCheckMs?: number;
}

export interface TimeBasedWork {
  /** Stops all three and waits for the passes in progress; a purge ends after its current batch. */
  stop(): Promise<void>;
}

/**
 * The web service's work by the clock rather than by request: the reaper (jobs of lost workers), the
 * scheduler and the retention purge. Workers that reach the database run the same three, but a
 * remote worker has no database to run them with, so the web service must, even with no other
 * process left. Any number of processes may run them at once: each occurrence's row has a unique key
 * (one job per occurrence), the maintenance lease lets one purge run at a time, and each change the
 * reaper makes is guarded on the lease still being expired and the attempt it saw. On PostgreSQL the
 * scheduler LISTENs for schedule changes on a connection of its own; on SQLite it polls.
 */
export function startTimeBasedWork(db: Db, options: TimeBasedWorkOptions): TimeBasedWork {
  const { log } = options;
  const schedulerLog = (line: string) => log(`scheduler: ${line}`);
  const reaper = startReaper(db, (line) => log(`reaper: ${line}`));
  const scheduler = startScheduleTimer({ db, log: schedulerLog, safetyTickMs: options.scheduleSafetyTickMs });
  const url = postgresUrlOf(db);
  const listener = url
    ? listenForWakes({
        url,
        channels: [{ name: schedulesChannel, onWake: () => scheduler.wake() }],
        onConnectedChange: (up) => scheduler.setListening(up),
        log: schedulerLog,
      })
    : null;
  const retention = startRetentionTimer({ db, instanceName: options.instanceName, log: (line) => log(`retention: ${line}`), firstCheckMs: options.retentionFirstCheckMs });
  return {
    async stop() {
      await Promise.all([reaper.stop(), scheduler.stop(), retention.stop()]);
      await listener?.close();
    },
  };
}
