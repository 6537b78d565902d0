// Test client for netns.test.ts: connects to the PostgreSQL URL given and prints the answer to
// SELECT 1 as JSON, or the error's code and message.
import pg from "pg";

const client = new pg.Client({ connectionString: process.argv[2], connectionTimeoutMillis: 10_000 });
try {
  await client.connect();
  const { rows } = await client.query("SELECT 1 AS one");
  console.log(JSON.stringify({ ok: true, rows }));
} catch (err) {
  console.log(JSON.stringify({ ok: false, code: err.code, message: err.message }));
} finally {
  await client.end().catch(() => {});
}
