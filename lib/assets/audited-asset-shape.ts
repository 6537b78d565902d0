import { z } from "zod";

/** The fields every asset view starts with: who and when created and last changed it. */
export const auditedAssetShape = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
};
