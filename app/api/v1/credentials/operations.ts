import { assetKinds, assetListOperations } from "@/app/api/v1/asset-operations";

export const operations = assetListOperations(assetKinds.credentials);
