import { ApiError } from "@/components/api/fetch-json";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { parameterInputKind } from "@/lib/runbooks/parameter-input-kind";

/** What each generated input holds: text (also numbers, dates, lines, selects) or a checkbox's state. */
export type RawParameterValues = Record<string, string | boolean>;

/** `'World'` or `"World"` → World; other default expressions are not literal values. */
function literalDefault(text: string | null): string | null {
  const m = text ? /^\s*(['"])(.*)\1\s*$/s.exec(text) : null;
  return m ? m[2]! : null;
}

/** A Date as a datetime-local input value (local time, minutes). */
export function toDateTimeLocal(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Text that reads as a JSON object or array becomes that value (an [object] parameter gets an object); other text stays text. */
function jsonOrText(text: string): unknown {
  if (!/^[[{]/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Start values: checkboxes and selects show the script's default; other inputs stay empty, so the default applies. */
export function initialRawValues(params: ScriptParameter[]): RawParameterValues {
  const raw: RawParameterValues = {};
  for (const p of params) {
    const kind = parameterInputKind(p);
    if (kind === "checkbox") raw[p.name] = /^\s*\$true\s*$/i.test(p.default ?? "");
    else if (kind === "select") raw[p.name] = p.validateSet?.find((v) => v.toLowerCase() === literalDefault(p.default)?.toLowerCase()) ?? "";
    else raw[p.name] = "";
  }
  return raw;
}

/**
 * Turns the inputs into job parameters, leaving out what is empty so the script's defaults apply.
 * The browser's only check is the quick one, a Mandatory parameter left empty; whether a value
 * converts and validates is PowerShell's word, from the server (serverParameterError). Errors are
 * keyed by parameter name.
 */
export function rawValuesToParameters(params: ScriptParameter[], raw: RawParameterValues): { values: Record<string, unknown>; errors: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const p of params) {
    const kind = parameterInputKind(p);
    const input = raw[p.name];
    let value: unknown;
    if (kind === "checkbox") {
      // An unset switch is simply absent; a [bool] always has the checkbox's value.
      value = input === true ? true : /^switch/i.test((p.type ?? "").replace(/^system\.management\.automation\./i, "")) ? undefined : false;
    } else {
      const text = typeof input === "string" ? input.trim() : "";
      if (!text) value = undefined;
      else if (kind === "integer" || kind === "number") value = Number.isFinite(Number(text)) ? Number(text) : text;
      else if (kind === "datetime") value = Number.isNaN(Date.parse(text)) ? text : new Date(text).toISOString();
      else if (kind === "lines") value = text.split("\n").map((l) => l.trim()).filter(Boolean);
      else if (kind === "object") value = jsonOrText(text);
      else value = text;
    }
    if (value !== undefined) values[p.name] = value;
    else if (p.mandatory) errors[p.name] = `${p.name} is required`;
  }
  return { values, errors };
}

/**
 * A start refused by the server for one of these parameters (`field` = `parameters.<Name>`): its
 * declared name and PowerShell's message, to show beside that field; null for any other error.
 */
export function serverParameterError(error: unknown, params: ScriptParameter[] | null): { name: string; message: string } | null {
  if (!(error instanceof ApiError) || !error.field?.startsWith("parameters.")) return null;
  const field = error.field.slice("parameters.".length).toLowerCase();
  const param = params?.find((p) => p.name.toLowerCase() === field);
  return param ? { name: param.name, message: error.message } : null;
}

/** JSON values back into the inputs (when switching from JSON to fields); names not declared are reported. */
export function parametersToRawValues(params: ScriptParameter[], values: Record<string, unknown>): { raw: RawParameterValues; unknown: string[] } {
  const raw = initialRawValues(params);
  const byName = new Map(params.map((p) => [p.name.toLowerCase(), p]));
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const p = byName.get(name.toLowerCase());
    if (!p) {
      unknown.push(name);
      continue;
    }
    const kind = parameterInputKind(p);
    if (kind === "checkbox") raw[p.name] = value === true || String(value).toLowerCase() === "true";
    else if (kind === "lines" && Array.isArray(value)) raw[p.name] = value.map(String).join("\n");
    else if (kind === "datetime" && typeof value === "string" && !Number.isNaN(Date.parse(value))) raw[p.name] = toDateTimeLocal(new Date(value));
    else raw[p.name] = typeof value === "string" ? value : JSON.stringify(value, null, kind === "object" ? 2 : undefined);
  }
  return { raw, unknown };
}

/** One line for the form's alert from the per-parameter errors, or null when there are none. */
export function parameterProblemSummary(errors: Record<string, string>): string | null {
  const problems = Object.values(errors);
  if (!problems.length) return null;
  return problems.length === 1 ? problems[0]! : `Fix ${problems.length} parameters: ${problems.join("; ")}`;
}
