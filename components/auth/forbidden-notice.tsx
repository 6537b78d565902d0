import { PageHeader } from "@/components/ui/page-header";
import type { Permission } from "@/lib/auth/permissions";

/** Shown in place of a page the signed-in user has no permission for: which one, and who can help. */
export function ForbiddenNotice({ permission }: { permission: Permission }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10">
      <PageHeader
        title="You do not have access to this page"
        description={
          <>
            It needs the <code className="font-mono">{permission}</code> permission, which none of your roles grants. Ask an administrator for a role that includes it.
          </>
        }
      />
    </div>
  );
}
