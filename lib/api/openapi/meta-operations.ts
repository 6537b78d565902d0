import type { ApiOperation } from "./operation";

export const metaOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/openapi.json",
    tag: "Meta",
    summary: "This OpenAPI 3.1 document",
    description: "Public: it describes the API and holds no data.",
    access: "public",
    response: { status: 200, description: "The document.", schema: { jsonSchema: { type: "object" } } },
  },
];
