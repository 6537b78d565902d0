import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (2020-12, what OpenAPI 3.1 uses) of a zod schema. `io` picks the side: "input" for
 * what a client sends (before defaults, coercion and transforms), "output" for what the API returns.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    reused: "inline",
    // Dates travel as ISO-8601 strings; query strings coerce them back.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "date") Object.assign(ctx.jsonSchema, { type: "string", format: "date-time" });
      // .int() adds the safe-integer range as bounds; they say nothing a client needs to know.
      if (ctx.jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete ctx.jsonSchema.minimum;
      if (ctx.jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete ctx.jsonSchema.maximum;
    },
    // A custom check (z.custom) or a transform's output has no JSON Schema; document it as any value.
    unrepresentable: "any",
  }) as JsonSchema;
  const { $defs, ...schemaWithoutDefs } = rest as JsonSchema & { $defs?: Record<string, JsonSchema> };
  return $defs ? (inlineDefs(schemaWithoutDefs, $defs) as JsonSchema) : schemaWithoutDefs;
}

/**
 * Recursive schemas (z.json()) come with `$defs` and `#/$defs/…` refs, which would dangle once the
 * schema sits inside the OpenAPI document. Each ref is replaced by its definition once; a ref inside a
 * definition (the recursion) becomes `{}`, any value, which is what an arbitrary JSON value allows.
 */
function inlineDefs(node: unknown, defs: Record<string, JsonSchema>, depth = 0): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineDefs(n, defs, depth));
  if (!node || typeof node !== "object") return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    const { $ref: _ref, ...siblings } = node as JsonSchema;
    return depth > 0 ? siblings : { ...(inlineDefs(defs[ref.slice("#/$defs/".length)], defs, depth + 1) as JsonSchema), ...siblings };
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inlineDefs(v, defs, depth)]));
}
