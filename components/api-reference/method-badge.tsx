import { Badge, type Tone } from "@/components/ui/badge";

const tones: Record<string, Tone> = { get: "blue", post: "green", put: "amber", patch: "purple", delete: "red" };

export function MethodBadge({ method }: { method: string }) {
  return <Badge tone={tones[method] ?? "gray"} className="w-16 justify-center font-mono uppercase">{method}</Badge>;
}
