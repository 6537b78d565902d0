import { errorMessage } from "@/components/api/fetch-json";
import { cn } from "./cn";

/** A failed action or query, as a readable message. */
export function ErrorMessage({ error, className, title }: { error: unknown; className?: string; title?: string }) {
  if (!error) return null;
  return (
    <div role="alert" className={cn("rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800", className)}>
      {title ? <p className="font-medium">{title}</p> : null}
      <p>{errorMessage(error)}</p>
    </div>
  );
}
