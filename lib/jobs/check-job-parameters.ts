import { AppError, conflict } from "@/lib/errors";
import { sharedScriptHelper } from "@/lib/pwsh/shared-script-helper";

/** How long PowerShell may take to bind one start's values (a ValidatePattern on a long value can be slow). */
export const parameterCheckTimeoutMs = 5_000;

/**
 * Checks start values by binding them, with PowerShell's own binder in the web service's helper, to
 * the runbook's param() block without its body, defaults or ValidateScript (lib/pwsh/helper), so a
 * value PowerShell cannot convert or validate fails the start with a 422 naming the parameter and
 * PowerShell's message instead of a job that fails later. Names match case-insensitively and exactly,
 * as the job host matches them, and come back with the declared spelling; the values are returned as
 * given (the job converts them again, with the same code). What only the job can check (a
 * ValidateScript, a type the web service cannot convert safely) is left to the job.
 */
export async function checkJobParameters(runbookName: string, script: string, values: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer = await sharedScriptHelper().checkParameters(script, values, parameterCheckTimeoutMs);
  switch (answer.outcome) {
    case "accepted":
      return Object.fromEntries(Object.entries(values).map(([name, value]) => [answer.names[name] ?? name, value]));
    case "unknown": {
      const name = answer.unknown[0]!;
      const known = answer.declared.join(", ") || "none";
      throw new AppError("validation_failed", `Runbook ${runbookName} has no parameter named ${name} (parameters: ${known})`, { field: `parameters.${name}` });
    }
    case "refused":
      throw new AppError("validation_failed", answer.message, { field: answer.parameter ? `parameters.${answer.parameter}` : "parameters" });
    case "unparsable":
      throw conflict(`The script of runbook ${runbookName} that would run has parse errors and cannot start: ${answer.message}`);
    case "timedOut":
      throw new AppError("validation_failed", `PowerShell did not finish checking the parameters of ${runbookName} within ${parameterCheckTimeoutMs / 1000} s`, {
        field: "parameters",
      });
  }
}
