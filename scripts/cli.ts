import { EnvError } from "@/lib/config/env-parse";
import { describeDbError } from "@/lib/db/describe-error";

/** Runs a CLI entry point: known failures print one clear line and exit 1, never a stack dump. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (err: unknown) => {
      if (err instanceof EnvError) console.error(err.message);
      else console.error(`Error: ${describeDbError(err) ?? (err instanceof Error ? err.message : String(err))}`);
      if (process.env.BATON_DEBUG) console.error(err);
      process.exit(1);
    },
  );
}
