import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { secretForms } from "./secret-forms";

/** What a masked secret is replaced with in a job's streams. */
export const maskText = "***";

/**
 * Secrets shorter than this are not masked: replacing every "42" or "yes" in a job's output would
 * destroy the log while protecting nothing a reader could not guess.
 */
const minMaskedLength = 4;

export interface SecretMasker {
  /** Registers secret values; multi-line values are also registered line by line, and each with its encodings (secret-forms.ts). */
  add(values: Iterable<string>): void;
  /** Number of distinct values being masked (each also in its encoded forms). */
  readonly size: number;
  mask(text: string): string;
  /** A copy of the record with every secret masked in its text and in every string inside its data. */
  maskRecord(record: StreamRecordInput): StreamRecordInput;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A console wraps long text at the job's width (an error's message goes on on a "     | " line), and
// a table cuts a long cell with "…": a secret must leak neither split over two lines nor by its start.
const lineWrap = "(?:\\r?\\n[ \\t|]*)?";

/**
 * Alternatives that match a secret: whole, wrapped at any point, or cut by a table cell. A cut is its
 * first minMaskedLength characters or more, then "…"; written as nested optional groups, the longest
 * cut is tried first as a list of every length would, in a pattern a fraction of the size (the
 * pattern is compiled for every job, and a token's list made that 2 ms of the worker's CPU per job).
 */
function secretAlternatives(secret: string): string[] {
  const chars = [...secret].map(escapeRegExp);
  const whole = chars.join(lineWrap);
  if (chars.length <= minMaskedLength) return [whole];
  const optionalTail = chars.slice(minMaskedLength, -1).reduceRight((inner, char) => `(?:${char}${inner})?`, "");
  return [whole, `${chars.slice(0, minMaskedLength).join("")}${optionalTail}…`];
}

/**
 * One masker per job, held by the worker's runner for that job. The runner feeds it the job's
 * automation token at start and every value the automation cmdlets report (see
 * worker/pwsh/Baton.Automation and lib/automation/README.md), and passes every record through
 * maskRecord before the sink stores or broadcasts it, so stored and live streams are both masked.
 */
export function createSecretMasker(initial: Iterable<string> = []): SecretMasker {
  const secrets = new Set<string>();
  /** The secrets and their encoded forms: what the pattern matches. */
  const masked = new Set<string>();
  let pattern: RegExp | null = null;
  /** What every match without a line break starts with: the first characters of a form. */
  let starts: string[] = [];

  const add = (values: Iterable<string>) => {
    let changed = false;
    for (const value of values) {
      // A multi-line secret (a key, a JSON document) may reach the streams one line at a time.
      const parts = /[\r\n]/.test(value) ? [value, ...value.split(/\r?\n/).map((line) => line.trim())] : [value];
      for (const part of parts) {
        if (part.length < minMaskedLength || secrets.has(part)) continue;
        secrets.add(part);
        for (const form of [part, ...secretForms(part)]) masked.add(form);
        changed = true;
      }
    }
    // Longest first, so a secret containing another (or a form containing a shorter one) is replaced
    // whole. The secret itself is also matched wrapped or cut (secretAlternatives); its encoded forms
    // only whole, since a console shows them as the runbook wrote them.
    if (changed) {
      const alternatives = [...masked].sort((a, b) => b.length - a.length).flatMap((form) => (secrets.has(form) ? secretAlternatives(form) : [escapeRegExp(form)]));
      pattern = new RegExp(alternatives.join("|"), "g");
      starts = [...new Set([...masked].map((form) => form.slice(0, minMaskedLength)))];
    }
  };

  // V8 compiles a pattern when it first runs, twice (bytecode, then machine code), and each job has
  // its own: text that holds no form's start and no line break cannot match, and skips the pattern.
  const mayMatch = (text: string) => text.includes("\n") || starts.some((start) => text.includes(start));
  const mask = (text: string) => (pattern && text && mayMatch(text) ? text.replace(pattern, maskText) : text);

  const maskData = (data: unknown): unknown => {
    if (typeof data === "string") return mask(data);
    if (Array.isArray(data)) return data.map(maskData);
    if (data && typeof data === "object") return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, maskData(v)]));
    return data;
  };

  add(initial);
  return {
    add,
    get size() {
      return secrets.size;
    },
    mask,
    maskRecord: (record) => (pattern ? { ...record, text: mask(record.text), ...(record.data === undefined ? {} : { data: maskData(record.data) }) } : record),
  };
}
