import { z } from "zod";

/** One parse error; lines and columns are 1-based, as PowerShell and Monaco count them. */
export const scriptParseErrorSchema = z.object({
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
});
export type ScriptParseError = z.infer<typeof scriptParseErrorSchema>;

/**
 * One parameter of a script's param() block, in declaration order. `type` is the type constraint as
 * written (`string[]`, `System.Int32`, `switch`) or null; `default` is the default's source text;
 * `position` is the declared Position, or null when the script does not set one. `jobChecks` names
 * what the web service leaves to the job because checking it would run the runbook's code or a type
 * it cannot convert safely (`[ValidateScript()]`, `[MyModule.Server]`); absent on versions parsed
 * before Baton recorded it.
 */
export const scriptParameterSchema = z.object({
  name: z.string(),
  type: z.string().nullable(),
  mandatory: z.boolean(),
  default: z.string().nullable(),
  validateSet: z.array(z.string()).nullable(),
  helpMessage: z.string().nullable(),
  position: z.number().int().nullable(),
  jobChecks: z.array(z.string()).optional(),
});
export type ScriptParameter = z.infer<typeof scriptParameterSchema>;

export const scriptParseResultSchema = z.object({
  errors: z.array(scriptParseErrorSchema),
  parameters: z.array(scriptParameterSchema),
});
export type ScriptParseResult = z.infer<typeof scriptParseResultSchema>;

/** RunbookVersion.parameters as stored, or null for versions saved before scripts were parsed. */
export function storedScriptParameters(value: unknown): ScriptParameter[] | null {
  const parsed = z.array(scriptParameterSchema).safeParse(value);
  return parsed.success ? parsed.data : null;
}
