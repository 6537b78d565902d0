import { apiOperations } from "./api-operations";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api/openapi/build-openapi-document";

/** API version in the document; bump with breaking changes to /api/v1's shapes. */
const apiVersion = "1.0.0";

let cached: OpenApiDocument | undefined;

/** The document served at /api/v1/openapi.json; built once per process (the registry is static). */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument(apiOperations, apiVersion);
  return cached;
}
