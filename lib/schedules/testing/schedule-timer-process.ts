// A schedule timer in its own process, for tests of several schedulers on one database: opens the
// database (argv[2]), starts the timer, prints "ready", and on a line on stdin stops the timer (after
// the pass in progress) and exits. Its log goes to stderr. On SQLite, separate processes are how
// several web services and workers really meet.
import readline from "node:readline";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { parseScript } from "@/lib/pwsh/parse-script";
import { startScheduleTimer } from "../start-schedule-timer";

const { db, provider } = createDb(process.argv[2]!);
if (provider === "sqlite") await prepareSqlite(db);
// PowerShell checks each start's parameters; started now, as a long-running process's already is,
// so the two timers meet at the occurrence rather than one waiting seconds for its helper to start.
await parseScript("");
const timer = startScheduleTimer({ db, log: (m) => console.error(m) });
console.log("ready");
await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once("line", resolve));
await timer.stop();
await db.$disconnect();
process.exit(0);
