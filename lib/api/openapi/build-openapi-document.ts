import type { z } from "zod";
import { errorResponses, errorSchema, errorStatusesOf } from "./error-responses";
import { jsonSchemaOf, type JsonSchema } from "./json-schema-of";
import type { ApiOperation, BodySchema } from "./operation";
import { apiTags } from "./tags";

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, unknown>;
};

export type OpenApiOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  "x-baton-access": string;
  security?: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
};

export type OpenApiParameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };

/** The OpenAPI 3.1 document of /api/v1, generated from the operation registry. */
export function buildOpenApiDocument(operations: readonly ApiOperation[], version: string): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const op of operations) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = toOperation(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Baton API",
      version,
      description:
        "Runbooks, jobs, assets, workers and access control of a Baton automation account. JSON in and out; " +
        "lists return `{items, nextCursor}` and take `?cursor=&limit=`; errors are `{error: {code, message, field?}}`.",
    },
    servers: [{ url: "/api/v1" }],
    tags: [...apiTags],
    security: [{ apiToken: [] }, { session: [] }],
    paths,
    components: {
      securitySchemes: {
        apiToken: { type: "http", scheme: "bearer", bearerFormat: "bat_…", description: "A personal API token from /settings/tokens: `Authorization: Bearer bat_…`." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The portal's session (`__Secure-` prefixed over HTTPS). Writes also need a same-origin Origin header." },
        jobToken: { type: "http", scheme: "bearer", bearerFormat: "bjt_…", description: "A running job's automation token; valid only while that job runs." },
        workerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "bwr_…",
          description: "A worker group's registration token (an administrator creates it on the Workers page); checked on every call, so revoking it stops its workers' next call.",
        },
      },
      schemas: { Error: errorSchema },
      responses: Object.fromEntries(
        Object.values(errorResponses).map((r) => [r.name, { description: r.description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
      ),
    },
  };
}

function toOperation(op: ApiOperation): OpenApiOperation {
  const parameters = [...parametersOf(op.params, "path"), ...parametersOf(op.query, "query")];
  const responses: Record<string, unknown> = { [String(op.response.status)]: successResponse(op) };
  for (const status of errorStatusesOf(op)) responses[String(status)] = { $ref: `#/components/responses/${errorResponses[status]!.name}` };
  return {
    operationId: operationIdOf(op),
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    "x-baton-access": op.access,
    ...securityOf(op),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: withLimit(jsonSchemaOf(op.body, "input"), op.bodyLimitBytes) } } } } : {}),
    ...(op.rawBody ? { requestBody: { required: true, content: { [op.rawBody.contentType]: { schema: withLimit({ description: op.rawBody.description }, op.bodyLimitBytes) } } } } : {}),
    responses,
  };
}

/** The document's default is the user's credentials; routes for other callers say whose they take. */
function securityOf(op: ApiOperation): Pick<OpenApiOperation, "security"> {
  if (op.access === "public") return { security: [] };
  if (op.access === "job") return { security: [{ jobToken: [] }] };
  if (op.access === "worker") return { security: [{ workerToken: [] }] };
  return {};
}

function parametersOf(schema: z.ZodObject | undefined, location: "path" | "query"): OpenApiParameter[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as JsonSchema & { description?: string };
    return {
      name,
      in: location,
      required: location === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function successResponse(op: ApiOperation): Record<string, unknown> {
  const { description, schema, contentType = "application/json" } = op.response;
  if (op.response.status === 204) return { description };
  return { description, content: { [contentType]: { schema: schema ? bodySchemaOf(schema) : {} } } };
}

function bodySchemaOf(schema: BodySchema): JsonSchema {
  return "_zod" in schema ? jsonSchemaOf(schema, "output") : schema.jsonSchema;
}

function withLimit(schema: JsonSchema, limitBytes: number | undefined): JsonSchema {
  if (!limitBytes) return schema;
  const limit = limitBytes >= 1024 * 1024 ? `${limitBytes / (1024 * 1024)} MiB` : `${limitBytes / 1024} KiB`;
  return { ...schema, description: [schema.description, `At most ${limit}.`].filter(Boolean).join(" ") };
}

/** `GET /runbooks/{runbookId}/versions` → `getRunbooksByRunbookIdVersions`: unique per (method, path). */
function operationIdOf(op: ApiOperation): string {
  const words = op.path
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment.startsWith("{") ? `by-${segment.slice(1, -1)}` : segment))
    .flatMap((segment) => segment.split(/[-_]/));
  return op.method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
