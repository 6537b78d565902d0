import type pg from "pg";

/**
 * Drops a database and ends its connections. `WITH (FORCE)` is refused when an autovacuum worker
 * happens to be busy in the database: it belongs to the superuser, which a CREATEDB role may not
 * signal. A plain DROP cancels autovacuum itself and waits a few seconds for the database's
 * connections to go, so after ending this role's own connections that is the way through.
 */
export async function dropPgDatabase(client: pg.Client, name: string): Promise<void> {
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } catch (err) {
    if ((err as { code?: string }).code !== "42501") throw err;
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()", [name]);
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
  }
}
