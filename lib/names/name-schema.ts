import { z } from "zod";

/**
 * Characters no name in Baton may hold, whatever it names: those that break a URL path segment or a
 * quoted PowerShell string, the ones Azure Automation refuses in asset and schedule names
 * (< > * % & : \ ? / +), `$` (PowerShell expands it), and control characters.
 */
const forbidden = /[<>*%&:\\?/+'"`$\u0000-\u001f\u007f]/;

export const nameCharactersMessage = "must not contain < > * % & : \\ ? / + quotes, $ or control characters";

/**
 * The one rule for a free-form name (schedules, webhooks, API tokens; identifiers such as runbook and
 * worker group names follow stricter patterns that never admit what this one refuses): trimmed, 1 to
 * `max` characters, none of the characters above, and not made of dots alone ("." and ".." name a
 * path, not a thing).
 */
export function nameSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`)
    .refine((name) => !forbidden.test(name), nameCharactersMessage)
    .refine((name) => !/^\.+$/.test(name), "must not be only dots");
}
