import { EmptyState } from "@/components/ui/empty-state";

/** Shown in place of a page the signed-in user has no permission for. */
export function ForbiddenNotice({ what }: { what: string }) {
  return <EmptyState title="You do not have access to this page">{what} is for administrators. Ask one to grant you a role that includes it.</EmptyState>;
}
