import type { JsonSchema } from "@/lib/api/openapi/json-schema-of";
import { InlineCodeText } from "./inline-code-text";

/** A schema's type in a word or two: `string`, `integer`, `array of string`, `string | null`. */
export function typeLabel(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeLabel).join(" | ");
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as JsonSchema[]).map(typeLabel).join(" | ");
  const type = Array.isArray(schema.type) ? (schema.type as string[]).join(" | ") : (schema.type as string | undefined);
  if (type === "array" && schema.items) return `array of ${typeLabel(schema.items as JsonSchema)}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  return type ?? "any";
}

/** The validation rules a client must meet, in short words. */
export function constraintsOf(schema: JsonSchema): string[] {
  const rules: string[] = [];
  const add = (key: string, label: string) => {
    if (schema[key] !== undefined) rules.push(`${label} ${String(schema[key])}`);
  };
  add("minLength", "min length");
  add("maxLength", "max length");
  add("minimum", "≥");
  add("maximum", "≤");
  add("minItems", "min items");
  add("maxItems", "max items");
  if (typeof schema.format === "string") rules.push(`format ${schema.format}`);
  // A format (uuid, email) says what its generated pattern spells out.
  if (typeof schema.pattern === "string" && typeof schema.format !== "string") rules.push(`pattern ${schema.pattern}`);
  if (schema.default !== undefined) rules.push(`default ${JSON.stringify(schema.default)}`);
  return rules;
}

/** A JSON Schema as a readable field list: name, type, required, rules and description, nested objects indented. */
export function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const properties = (schema.properties ?? (schema.type === "array" ? (schema.items as JsonSchema | undefined)?.properties : undefined)) as Record<string, JsonSchema> | undefined;
  if (!properties) {
    return (
      <p className="text-sm text-slate-700">
        <code className="font-mono text-xs text-indigo-700">{typeLabel(schema)}</code>
        {typeof schema.description === "string" ? (
          <span className="ml-2">
            <InlineCodeText text={schema.description} />
          </span>
        ) : null}
      </p>
    );
  }
  const required = new Set((schema.required ?? (schema.items as JsonSchema | undefined)?.required ?? []) as string[]);
  return (
    <div className={depth ? "mt-1 border-l border-slate-200 pl-3" : undefined}>
      {depth === 0 && schema.type === "array" ? <p className="mb-1 text-xs text-slate-500">An array of objects with:</p> : null}
      {typeof schema.description === "string" && depth === 0 ? (
        <p className="mb-1 text-sm text-slate-700">
          <InlineCodeText text={schema.description} />
        </p>
      ) : null}
      <ul className="space-y-1.5">
        {Object.entries(properties).map(([name, property]) => (
          <li key={name} className="text-sm">
            <code className="font-mono text-xs font-semibold text-slate-900">{name}</code>{" "}
            <code className="font-mono text-xs text-indigo-700">{typeLabel(property)}</code>
            {required.has(name) ? <span className="ml-1 text-xs font-medium text-red-700">required</span> : null}
            {constraintsOf(property).length ? <span className="ml-2 text-xs text-slate-500">{constraintsOf(property).join(" · ")}</span> : null}
            {typeof property.description === "string" ? (
              <div className="text-xs text-slate-600">
                <InlineCodeText text={property.description} />
              </div>
            ) : null}
            {property.properties || (property.items as JsonSchema | undefined)?.properties ? <SchemaView schema={property} depth={depth + 1} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
