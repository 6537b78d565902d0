import { z } from "zod";
import { jsonSchemaOf } from "./json-schema-of";
import type { BodySchema } from "./operation";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * A response schema pinned to the TypeScript view the handler returns: it does not compile when the
 * two differ, so the document cannot drift from what the route sends.
 */
export function viewSchema<View>() {
  return <S extends z.ZodType>(schema: S & (Equals<z.output<S>, View> extends true ? unknown : { viewMismatch: z.output<S> })): S => schema;
}

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
