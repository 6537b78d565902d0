import { z } from "zod";

/**
 * Characters no name in Baton may hold, whatever it names: those that break a URL path segment or a
 * quoted PowerShell string, the ones Azure Automation refuses in asset and schedule names
 * (< > * % & : \ ? / +), `$` (PowerShell expands it), and control characters.
 */
const forbidden = /[<>*%&:\\?/+'"`$\u0000-\u001f\u007f]/;

export const onlyDotsMessage = "must not be only dots";

/** "." and ".." name a path, not a thing: a URL holding one as a segment never reaches the thing. */
export const isOnlyDots = (name: string) => /^\.+$/.test(name);

export const nameCharactersMessage = "must not contain < > * % & : \\ ? / + quotes, $ or control characters";

/**
 * The one rule for a free-form name (assets, schedules, webhooks, API tokens). Identifiers follow
 * stricter patterns that never admit what this one refuses: runbook, module, tag, group and worker
 * group names start with a letter or digit; usernames add this rule's dots check to their own
 * alphabet (lib/users/schemas.ts). This rule: trimmed, 1 to
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
    .refine((name) => !isOnlyDots(name), onlyDotsMessage);
}
