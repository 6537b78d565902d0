import { z } from "zod";
import { moduleNamePattern } from "./read-module-archive";

const moduleName = z.string().regex(moduleNamePattern, "is not a module name");

/** Route params of /api/v1/modules/{name}/…; a malformed name is a module that does not exist. */
export const moduleNameParamsSchema = z.object({ name: moduleName });

/** Route params of /api/v1/modules/{name}/versions/{version}/…. */
export const moduleVersionParamsSchema = z.object({ name: moduleName, version: z.string().regex(/^\d+(\.\d+){1,3}$/, "is not a version such as 1.0.0") });
