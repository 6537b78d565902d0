import { openApiDocument } from "./openapi-document";
import { apiRoute } from "@/lib/http/api-route";

/** Public: the document describes the API and holds no data, and tools fetch it without credentials. */
export const GET = apiRoute("public", async () => openApiDocument());
