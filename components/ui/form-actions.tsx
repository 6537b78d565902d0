import { Button } from "./button";

/** A dialog form's submit and cancel buttons. */
export function FormActions({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  return (
    <div className="flex gap-3">
      <Button type="submit" variant="primary" pending={pending}>
        {submitLabel}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
