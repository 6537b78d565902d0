import { AppError } from "@/lib/errors";
import { checkParameterValue, isMissingValue, type ParameterDefinition } from "@/lib/runbooks/check-parameter-value";

function declaredParameters(parsed: unknown): ParameterDefinition[] | null {
  if (!Array.isArray(parsed)) return null;
  return parsed
    .filter((p): p is ParameterDefinition => typeof p === "object" && p !== null && typeof (p as { name?: unknown }).name === "string")
    .map((p) => ({ ...p, validateSet: Array.isArray(p.validateSet) ? p.validateSet.map(String) : null, type: typeof p.type === "string" ? p.type : null }));
}

/**
 * Checks start parameters against the version's parsed param() block, so a typo fails the start
 * with a 422 naming the field instead of a job that fails in PowerShell later. Values are checked
 * against ValidateSet and the declared type as the Start form checks them. Names match
 * case-insensitively, as in PowerShell, and are returned with the declared spelling. When the
 * version has no parsed block, the values pass unchanged and PowerShell's binder has the last word.
 */
export function checkJobParameters(runbookName: string, parsedBlock: unknown, values: Record<string, unknown>): Record<string, unknown> {
  const declared = declaredParameters(parsedBlock);
  if (!declared) return values;
  const byName = new Map(declared.map((p) => [p.name.toLowerCase(), p]));
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const param = byName.get(name.toLowerCase());
    if (!param) {
      const known = declared.map((p) => p.name).join(", ") || "none";
      throw new AppError("validation_failed", `Runbook ${runbookName} has no parameter named ${name} (parameters: ${known})`, { field: `parameters.${name}` });
    }
    const problem = isMissingValue(value) ? null : checkParameterValue(param, value);
    if (problem) throw new AppError("validation_failed", `${param.name} ${problem}`, { field: `parameters.${param.name}` });
    result[param.name] = value;
  }
  for (const param of declared) {
    const value = result[param.name];
    if (param.mandatory && isMissingValue(value)) {
      throw new AppError("validation_failed", `${param.name} is mandatory`, { field: `parameters.${param.name}` });
    }
  }
  return result;
}
