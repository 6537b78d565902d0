import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * How deep a JSON value handed to a job may nest (a json variable's value, a job or webhook parameter,
 * a checkpoint's state). The job host converts values with PowerShell, which gives up far sooner
 * than JSON itself would; 100 levels is beyond any real configuration object and binds everywhere.
 */
export const jsonValueMaxDepth = 100;

/** Any request body: a little above jsonValueMaxDepth, so a value's own limit is what names it. */
const requestBodyMaxDepth = jsonValueMaxDepth + 20;

export const nulCharacterMessage = "must not contain the NUL character (U+0000)";
export const tooDeepMessage = (maxDepth: number) => `nests deeper than ${maxDepth} levels`;

export interface UnstorablePart {
  /** Where in the value: object keys and array indexes from its root. */
  path: (string | number)[];
  /** Whether the path ends at a value nested too deep (else at a string holding NUL). */
  tooDeep: boolean;
}

/**
 * Finds the first part of a parsed JSON value no store can take: a string or key holding U+0000
 * (PostgreSQL's text refuses it) or nesting beyond `maxDepth` containers (serialising it overflows
 * the stack). Iterative, so a value nested 100,000 deep costs no recursion either.
 */
export function findUnstorablePart(value: unknown, maxDepth: number): UnstorablePart | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: item, path } = pending.pop()!;
    if (typeof item === "string") {
      if (item.includes("\u0000")) return { path, tooDeep: false };
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    if (path.length >= maxDepth) return { path, tooDeep: true };
    const entries: [string | number, unknown][] = Array.isArray(item) ? item.map((v, i) => [i, v]) : Object.entries(item);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (typeof key === "string" && key.includes("\u0000")) return { path: [...path, key.replaceAll("\u0000", "\\0")], tooDeep: false };
      pending.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/**
 * The rule for any JSON value a job receives: at most jsonValueMaxDepth levels deep and no NUL in any
 * string. An issue names the value itself when it is too deep (its path inside would be a hundred
 * steps long), or the string holding NUL. For a schema that refines a value it already has.
 */
export function checkJsonValue(value: unknown, ctx: z.RefinementCtx): void {
  const part = findUnstorablePart(value, jsonValueMaxDepth);
  if (!part) return;
  if (part.tooDeep) ctx.addIssue({ code: "custom", message: tooDeepMessage(jsonValueMaxDepth) });
  else ctx.addIssue({ code: "custom", path: part.path, message: nulCharacterMessage });
}

/** A JSON value a job receives (see checkJsonValue). */
export const jsonValueSchema = z.unknown().superRefine(checkJsonValue);

/**
 * The check every request body and query string passes once its route's schema has read it
 * (readJson, readQuery; a webhook's body too): text no store can hold is a 422 naming the field,
 * never a database error, whichever input forgot to say so itself.
 */
export function assertStorableInput(value: unknown, field?: string): void {
  const part = findUnstorablePart(value, requestBodyMaxDepth);
  if (!part) return;
  const path = [...(field ? [field] : []), ...(part.tooDeep ? part.path.slice(0, 2) : part.path)].join(".");
  const message = part.tooDeep ? tooDeepMessage(requestBodyMaxDepth) : nulCharacterMessage;
  throw new AppError("validation_failed", path ? `${path}: ${message}` : `The request ${message}`, path ? { field: path } : {});
}
