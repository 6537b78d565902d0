import { assetItemOperations, assetKinds } from "@/app/api/v1/asset-operations";

export const operations = assetItemOperations(assetKinds.connectionTypes);
