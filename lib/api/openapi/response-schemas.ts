import { jsonSchemaOf } from "./json-schema-of";
import type { BodySchema } from "./operation";

/** The list envelope every collection returns: a page of items and the cursor of the next one. */
export function pageOf(item: BodySchema): BodySchema {
  const items = "_zod" in item ? jsonSchemaOf(item, "output") : item.jsonSchema;
  return {
    jsonSchema: {
      type: "object",
      required: ["items", "nextCursor"],
      properties: {
        items: { type: "array", items },
        nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." },
      },
    },
  };
}
