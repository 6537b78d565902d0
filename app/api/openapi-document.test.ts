import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { apiOperations } from "@/app/api/v1/openapi.json/api-operations";
import { openApiDocument } from "@/app/api/v1/openapi.json/openapi-document";
import { httpMethods as methods, type ApiOperation } from "@/lib/api/openapi/operation";
import type { ApiHandler } from "@/lib/http/api-route";
import { discoverRoutes } from "./testing/route-matrix-suite";

/** `/api/v1/runbooks/[runbookId]/jobs` → `/runbooks/{runbookId}/jobs`, as the document (server /api/v1) names it. */
const documentPathOf = (urlPath: string) => urlPath.replace(/^\/api\/v1/, "").replace(/\[([^\]]+)\]/g, "{$1}");

describe("OpenAPI document", () => {
  const doc = openApiDocument();
  /** "GET /runbooks" → the access the route module's handler declares. */
  const routeAccess = new Map<string, string>();
  /** Route file → the methods it exports and the operations its neighbouring operations.ts declares. */
  const declared: { route: string; path: string; methods: string[]; operations: ApiOperation[] | undefined }[] = [];

  beforeAll(async () => {
    for (const route of discoverRoutes()) {
      const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, unknown>;
      const exported = methods.filter((m) => mod[m]);
      for (const m of exported) routeAccess.set(`${m} ${documentPathOf(route.urlPath)}`, (mod[m] as ApiHandler).access);
      const operationsFile = path.join(path.dirname(route.file), "operations.ts");
      const operations = await import(/* @vite-ignore */ operationsFile).then((m: { operations: ApiOperation[] }) => m.operations, () => undefined);
      declared.push({ route: path.relative(process.cwd(), route.file), path: documentPathOf(route.urlPath), methods: exported, operations });
    }
  });

  const documented = () =>
    Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, path: p, op })));

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(doc) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("has no reference that points outside the document's components", () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.filter((r) => !r.startsWith('"$ref":"#/components/'))).toEqual([]);
    const value = (doc.paths["/variables/{name}"]!.get!.responses["200"] as { content: Record<string, { schema: { properties: Record<string, unknown> } }> }).content["application/json"]!.schema
      .properties.value;
    expect(JSON.stringify(value)).toContain('"type":"null"');
  });

  it("documents exactly the routes that exist", () => {
    const routes = [...routeAccess.keys()].sort();
    expect(routes.length).toBeGreaterThan(50);
    const inDocument = new Set(documented().map((d) => d.key));
    expect(routes.filter((r) => !inDocument.has(r)), "routes without an operation in the catalogue (app/api/v1/openapi.json/api-operations.ts)").toEqual([]);
    expect([...inDocument].filter((d) => !routeAccess.has(d)), "documented operations without a route").toEqual([]);
  });

  it("finds each route's operations beside it, for its own path and methods, and each of them in the catalogue", () => {
    const misplaced = declared.flatMap(({ route, path: routePath, methods: exported, operations }) => {
      if (!operations) return [`${route}: no operations.ts beside it`];
      const problems = operations.filter((op) => op.path !== routePath).map((op) => `${route}: declares ${op.method} ${op.path}, but the route serves ${routePath}`);
      const declaredMethods = operations.map((op) => op.method).sort();
      if (declaredMethods.join() !== [...exported].sort().join()) problems.push(`${route}: exports ${exported.join(", ")} but operations.ts declares ${declaredMethods.join(", ")}`);
      return problems;
    });
    expect(misplaced).toEqual([]);
    const besideRoutes = declared.flatMap((d) => d.operations ?? []);
    expect(new Set(apiOperations)).toEqual(new Set(besideRoutes));
    expect(apiOperations.length).toBe(besideRoutes.length);
  });

  it("declares for each operation the access its route enforces", () => {
    const mismatches = documented()
      .filter(({ key, op }) => routeAccess.get(key) !== op["x-baton-access"])
      .map(({ key, op }) => `${key}: document says ${op["x-baton-access"]}, route says ${routeAccess.get(key)}`);
    expect(mismatches).toEqual([]);
  });

  it("describes every path parameter and gives unique operation ids", () => {
    for (const { key, path, op } of documented()) {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name).sort();
      expect(declared, key).toEqual(inPath);
    }
    const ids = documented().map((d) => d.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses the routes' zod schemas: limits, enums and defaults show up", () => {
    const listRunbooks = doc.paths["/runbooks"]!.get!;
    expect(listRunbooks.parameters?.find((p) => p.name === "sort")?.schema).toMatchObject({ enum: ["name", "-name", "updatedAt", "-updatedAt"], default: "name" });
    expect(listRunbooks.parameters?.find((p) => p.name === "limit")?.schema).toMatchObject({ type: "integer", maximum: 500, default: 100 });
    const create = doc.paths["/runbooks"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(create).toMatchObject({ required: ["name"], properties: { name: { maxLength: 63 } } });
    const jobs = doc.paths["/jobs"]!.get!;
    expect(jobs.parameters?.find((p) => p.name === "from")?.schema).toMatchObject({ anyOf: [{ type: "string", format: "date" }, { type: "string", format: "date-time" }] });
    expect(Object.keys(doc.paths["/runbooks/{runbookId}/jobs"]!.post!.responses)).toEqual(["201", "400", "401", "403", "404", "409", "413", "415", "422"]);
  });

  it("gives every JSON response body its fields, not only words", () => {
    /** An object schema that names neither its properties nor its values' shape says nothing a client can check. */
    const isBare = (node: unknown): boolean => {
      if (!node || typeof node !== "object") return false;
      const schema = node as Record<string, unknown>;
      if (schema.type === "object" && !schema.properties && !schema.additionalProperties) return true;
      return Object.values(schema).some(isBare);
    };
    const bare = documented()
      .filter(({ key }) => key !== "GET /openapi.json")
      .flatMap(({ key, op }) =>
        Object.entries(op.responses)
          .filter(([status, response]) => status.startsWith("2") && isBare((response as { content?: Record<string, unknown> }).content?.["application/json"]))
          .map(([status]) => `${key} ${status}`),
      );
    expect(bare).toEqual([]);
    expect(isBare({ content: { "application/json": { schema: { type: "object", properties: { items: { type: "array", items: { type: "object" } } } } } } })).toBe(true);
  });

  it("serves the document publicly at /api/v1/openapi.json", async () => {
    const { GET } = await import("./v1/openapi.json/route");
    const res = await GET(new Request("http://127.0.0.1/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
