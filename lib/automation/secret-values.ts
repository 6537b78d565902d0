import { z } from "zod";

/** What every secret-bearing automation answer lists, so the job masks it in its streams. */
export const maskValuesView = z.array(z.string()).describe("The secret strings the job masks in its streams.");

/**
 * The strings a job must mask after receiving a secret: every scalar inside it, as text. The
 * automation API returns these beside each secret (`maskValues`), so the rule for what counts as
 * secret lives on the server and the PowerShell module only forwards the list to the host.
 */
export function secretStrings(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (v === null || v === undefined) return;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return [...new Set(out)];
}
