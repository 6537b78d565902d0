import { Badge } from "@/components/ui/badge";

/** A runbook's tags as indigo badges, wrapping onto more lines when they do not fit. */
export function RunbookTags({ tags }: { tags: string[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((t) => (
        <Badge key={t} tone="indigo" className="max-w-full">
          <span className="truncate" title={t}>
            {t}
          </span>
        </Badge>
      ))}
    </span>
  );
}
