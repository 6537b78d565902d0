import { z } from "zod";

/**
 * The helper's answer to a parameter check (lib/pwsh/helper/check-parameters.ps1): accepted, with the
 * declared spelling of each given name; names the param() block does not declare; PowerShell's
 * refusal, naming the parameter when it names one; a binding that overran its time limit; or a
 * script PowerShell cannot parse (its first error), whose job would fail before binding anything.
 */
export const parameterCheckAnswerSchema = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("accepted"), names: z.record(z.string(), z.string()) }),
  z.object({ outcome: z.literal("unknown"), unknown: z.array(z.string()), declared: z.array(z.string()) }),
  z.object({ outcome: z.literal("refused"), parameter: z.string().nullable(), message: z.string() }),
  z.object({ outcome: z.literal("timedOut") }),
  z.object({ outcome: z.literal("unparsable"), message: z.string() }),
]);
export type ParameterCheckAnswer = z.infer<typeof parameterCheckAnswerSchema>;
