import { routeOperations } from "@/lib/api/openapi/operation";

export const operations = routeOperations("/openapi.json", {
  GET: {
    tag: "Meta",
    summary: "This OpenAPI 3.1 document",
    description: "Public: it describes the API and holds no data.",
    access: "public",
    response: { status: 200, description: "The document.", schema: { jsonSchema: { type: "object" } } },
  },
});
