import { Button } from "./button";

/** A form's cancel and submit buttons, right-aligned with the primary action last, as every dialog shows them. */
export function FormActions({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  return (
    <div className="flex justify-end gap-2">
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" variant="primary" pending={pending}>
        {submitLabel}
      </Button>
    </div>
  );
}
