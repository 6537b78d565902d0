"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { tagSchema } from "@/lib/runbooks/schemas";

interface TagChipsInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}

/** Tags as removable chips plus an input that adds one on Enter or "Add", checked by the shared tag schema. */
export function TagChipsInput({ tags, onChange, error }: TagChipsInputProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  function add() {
    const parsed = tagSchema.safeParse(text);
    if (!parsed.success) {
      setProblem(`Tag ${parsed.error.issues[0]?.message ?? "is not valid"}`);
      return;
    }
    setProblem(null);
    if (!tags.includes(parsed.data)) onChange([...tags, parsed.data]);
    setText("");
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      e.preventDefault();
      add();
    }
  }

  const shown = problem ?? error;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Tags
      </label>
      <ul className="flex flex-wrap gap-1.5" aria-label="Current tags">
        {tags.length === 0 ? <li className="text-sm text-slate-500">No tags</li> : null}
        {tags.map((tag) => (
          <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pl-2.5 pr-1 text-xs font-medium text-indigo-700 ring-1 ring-inset ring-indigo-200">
            {tag}
            <button
              type="button"
              onClick={() => onChange(tags.filter((t) => t !== tag))}
              aria-label={`Remove tag ${tag}`}
              className="rounded-full px-1 text-indigo-500 hover:bg-indigo-100 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex max-w-sm gap-2">
        <Input id={id} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} placeholder="Add a tag" autoComplete="off" aria-invalid={shown ? true : undefined} aria-describedby={shown ? `${id}-error` : undefined} />
        <Button onClick={add} disabled={!text.trim()}>
          Add
        </Button>
      </div>
      {shown ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
