import { Cron } from "croner";

/** Five fields (minute precision) or six (with seconds first), as croner reads them. */
export const cronMode = "5-or-6-parts";

/** croner numbers the fields from 0 = seconds, whether or not the expression gives them. */
const fieldNames = ["second", "minute", "hour", "day of month", "month", "day of week"];
const ranges: Record<string, { field: string; range: string }> = {
  second: { field: "second", range: "0–59" },
  minute: { field: "minute", range: "0–59" },
  hour: { field: "hour", range: "0–23" },
  day: { field: "day of month", range: "1–31" },
  month: { field: "month", range: "1–12 or JAN–DEC" },
  dayOfWeek: { field: "day of week", range: "0–7 or SUN–SAT" },
};

const withArticle = (noun: string) => `${/^h/.test(noun) ? "an" : "a"} ${noun}`;

/**
 * What is wrong with a cron expression, in the words of the schedule form's hint ("5 fields …, or 6
 * with seconds first"), or null when croner accepts it. croner's own messages ("exactly five, six,
 * or seven space separated parts") describe its options, not the rule Baton applies.
 */
export function cronProblem(expression: string): string | null {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== 5 && fields.length !== 6) {
    return `must have 5 fields (minute hour day month weekday) or 6 with seconds first; this one has ${fields.length}`;
  }
  try {
    new Cron(expression, { mode: cronMode, paused: true });
    return null;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const outOfRange = /Invalid value for (\w+)/.exec(message);
    const known = outOfRange ? ranges[outOfRange[1]!] : undefined;
    if (known) return `has ${withArticle(known.field)} out of range (allowed: ${known.range})`;
    const entry = /configuration entry (\d+)/.exec(message);
    const field = entry ? fieldNames[Number(entry[1])] : undefined;
    if (field) return `has ${withArticle(field)} field that is not a number, name, range (1-5), list (1,3) or step (*/15)`;
    if (/stepping/.test(message)) return "has a step (/N) that is not a whole number of at least 1";
    return "is not a cron expression Baton can read";
  }
}
