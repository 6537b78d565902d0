// A scheduler in its own process, for concurrency tests: opens the database (argv[2]), prints
// "ready", waits for a line on stdin (so several start together), runs one tick at argv[3] and
// prints its decisions as JSON. On SQLite, separate processes are how several workers really meet.
import readline from "node:readline";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { runDueSchedules } from "../run-due-schedules";

const [url, now] = process.argv.slice(2);
const { db, provider } = createDb(url!);
if (provider === "sqlite") await prepareSqlite(db);
await db.schedule.count();
console.log("ready");
await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once("line", resolve));
const outcomes = await runDueSchedules(db, { now: new Date(now!), log: (m) => console.error(m) });
console.log(JSON.stringify(outcomes));
await db.$disconnect();
process.exit(0);
