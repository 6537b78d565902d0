"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field } from "@/components/ui/field";
import { maxModuleArchiveBytes } from "@/lib/modules/module-limits";
import { useUploadModule } from "./use-modules";

/** Uploads a module .zip; the server checks it, and a new version becomes the module's active one. */
export function UploadModuleForm() {
  const router = useRouter();
  const upload = useUploadModule();
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = input.current?.files?.[0];
    upload.reset();
    if (!file) return setFileError("Choose a .zip file");
    if (!/\.zip$/i.test(file.name)) return setFileError(`${file.name} is not a .zip file`);
    if (file.size > maxModuleArchiveBytes) return setFileError(`${file.name} is larger than ${maxModuleArchiveBytes / 1024 / 1024} MiB`);
    setFileError(null);
    upload.mutate(file, { onSuccess: (module) => router.push(`/modules/${encodeURIComponent(module.name)}`) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <ErrorMessage error={upload.error} title="The module was not uploaded" />
      <Field
          label="Module archive (.zip)"
          error={fileError ?? undefined}
          hint="A folder with the module's .psd1 manifest (and its .psm1), zipped. Up to 50 MiB. A new version becomes the active one."
        >
          {(p) => (
            <input
              {...p}
              ref={input}
              type="file"
              accept=".zip,application/zip"
              onChange={() => setFileError(null)}
              className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
            />
          )}
      </Field>
      <Button type="submit" variant="primary" pending={upload.isPending}>
        Upload module
      </Button>
    </form>
  );
}
