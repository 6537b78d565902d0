import { AppError } from "@/lib/errors";

/** One entry of RunbookVersion.parameters (the parsed param() block). */
interface DeclaredParameter {
  name: string;
  mandatory?: boolean;
  validateSet?: unknown[] | null;
}

function declaredParameters(parsed: unknown): DeclaredParameter[] | null {
  if (!Array.isArray(parsed)) return null;
  return parsed.filter((p): p is DeclaredParameter => typeof p === "object" && p !== null && typeof (p as { name?: unknown }).name === "string");
}

/**
 * Checks start parameters against the version's parsed param() block, so a typo fails the start
 * with a 422 naming the field instead of a job that fails in PowerShell later. Names match
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
    if (param.validateSet?.length && !param.validateSet.some((allowed) => String(allowed).toLowerCase() === String(value).toLowerCase())) {
      throw new AppError("validation_failed", `${param.name} must be one of: ${param.validateSet.join(", ")}`, { field: `parameters.${param.name}` });
    }
    result[param.name] = value;
  }
  for (const param of declared) {
    const value = result[param.name];
    if (param.mandatory && (value === undefined || value === null || value === "")) {
      throw new AppError("validation_failed", `${param.name} is mandatory`, { field: `parameters.${param.name}` });
    }
  }
  return result;
}
