import type { ReactNode } from "react";
import { AssetTabs } from "@/components/assets/asset-tabs";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { PageHeader } from "@/components/ui/page-header";
import { pageAllows } from "../page-principal";

export default async function AssetsLayout({ children }: { children: ReactNode }) {
  if (!(await pageAllows("asset.read"))) return <ForbiddenNotice permission="asset.read" />;
  return (
    <div>
      <PageHeader title="Assets" description="Variables, credentials, connections and certificates that runbooks read with the Get-Automation… cmdlets. Secrets are encrypted and never shown again." />
      <AssetTabs />
      {children}
    </div>
  );
}
