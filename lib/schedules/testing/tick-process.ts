// A scheduler in its own process, for concurrency tests: opens the database (argv[2]), prints
// "ready", then for each line on stdin (a moment, ISO) runs one tick at that moment and prints its
// decisions as one JSON line; exits at the end of its input. The test writes the same moment to
// several processes at once, so they tick together. On SQLite, separate processes are how several
// workers really meet.
import readline from "node:readline";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { runDueSchedules } from "../run-due-schedules";

const { db, provider } = createDb(process.argv[2]!);
if (provider === "sqlite") await prepareSqlite(db);
await db.schedule.count();
console.log("ready");
for await (const now of readline.createInterface({ input: process.stdin })) {
  const outcomes = await runDueSchedules(db, { now: new Date(now), log: (m) => console.error(m) });
  console.log(JSON.stringify(outcomes));
}
await db.$disconnect();
