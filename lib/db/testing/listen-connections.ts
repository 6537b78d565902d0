import { withPgClient } from "../with-pg-client";
import { jobActivityApplicationName } from "../job-activity-listener";

/** The backend pids of this database's job activity LISTEN connections whose LISTEN has taken effect, as PostgreSQL sees them. */
export async function jobActivityListenPids(url: string): Promise<number[]> {
  return withPgClient(url, async (c) => {
    const { rows } = await c.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query ILIKE 'LISTEN%' AND state = 'idle' ORDER BY pid",
      [jobActivityApplicationName],
    );
    return rows.map((r) => r.pid);
  });
}

/** Cuts a backend's connection, as a network drop or a DBA's pg_terminate_backend would. */
export async function terminateBackend(url: string, pid: number): Promise<void> {
  await withPgClient(url, (c) => c.query("SELECT pg_terminate_backend($1)", [pid]));
}
