import type { ReactNode } from "react";
import { cn } from "./cn";

export type Tone = "gray" | "blue" | "green" | "red" | "amber" | "purple" | "indigo";

const tones: Record<Tone, string> = {
  gray: "bg-slate-100 text-slate-700 ring-slate-500/20",
  blue: "bg-sky-50 text-sky-800 ring-sky-600/20",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  red: "bg-red-50 text-red-800 ring-red-600/20",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/30",
  purple: "bg-purple-50 text-purple-800 ring-purple-600/20",
  indigo: "bg-indigo-50 text-indigo-800 ring-indigo-600/20",
};

export function Badge({ tone = "gray", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return <span className={cn("inline-flex items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tones[tone], className)}>{children}</span>;
}
