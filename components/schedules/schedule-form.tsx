"use client";

import { useMemo, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { fieldErrors, serverFieldError } from "@/components/ui/field-errors";
import type { ScheduleView } from "@/lib/schedules/schedule-view";
import { createScheduleSchema, scheduleKinds, scheduleSchema, weekDayNames, type ScheduleKind } from "@/lib/schedules/schemas";
import { OccurrencePreview } from "./occurrence-preview";
import { formValuesToBody, initialFormValues, type ScheduleFormValues } from "./schedule-form-values";
import { useSaveSchedule } from "./use-schedules";

const selectClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none aria-[invalid=true]:ring-red-500";
const labels = { name: "Name", description: "Description", kind: "Recurrence", interval: "Interval", cron: "Cron expression", weekDays: "Days of the week", monthDays: "Days of the month", timeZone: "Time zone", startAt: "Start", expiresAt: "Expires", missedPolicy: "After downtime" };
const kindLabels: Record<ScheduleKind, string> = { once: "One time", hourly: "Hourly", daily: "Daily", weekly: "Weekly", monthly: "Monthly", cron: "Cron expression" };
const intervalUnit: Partial<Record<ScheduleKind, string>> = { hourly: "hours", daily: "days", weekly: "weeks", monthly: "months" };
/** Monday first, as the weeks of an every-N-weeks schedule count. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

/** UTC, the runtime's canonical zones, and the schedule's own zone if it is an alias (US/Eastern) not among them. */
function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const list = ["UTC", ...zones.filter((z) => z !== "UTC")];
  return list.includes(current) ? list : [current, ...list];
}

function toggle(list: number[], value: number, on: boolean): number[] {
  return on ? [...new Set([...list, value])].sort((a, b) => a - b) : list.filter((v) => v !== value);
}

/** Create or edit a schedule; the next 10 occurrences update as the fields change. */
export function ScheduleForm({ editing, onSaved, onCancel }: { editing?: ScheduleView; onSaved: (saved: ScheduleView) => void; onCancel: () => void }) {
  const browserZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC", []);
  const [values, setValues] = useState<ScheduleFormValues>(() => initialFormValues(editing, new Date(), browserZone));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [zones] = useState(() => timeZones(values.timeZone));
  const save = useSaveSchedule();
  // An edit may keep the past start or expiry the schedule already has (a one-time schedule that ran).
  const schema = useMemo(
    () => (editing ? scheduleSchema({ before: { kind: editing.kind, startAt: new Date(editing.startAt), expiresAt: editing.expiresAt ? new Date(editing.expiresAt) : null } }) : createScheduleSchema),
    [editing],
  );
  const body = formValuesToBody(values);
  const set = <K extends keyof ScheduleFormValues>(key: K, value: ScheduleFormValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const server = serverFieldError(save.error);
  const shown = server ? { ...errors, [server.field]: server.message } : errors;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    save.reset();
    const parsed = schema.safeParse(body);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, { ...labels, startAt: values.kind === "once" ? "Runs at" : "Start" }));
    setErrors({});
    save.mutate({ id: editing?.id, body: parsed.data }, { onSuccess: onSaved });
  }

  const unit = intervalUnit[values.kind];
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={editing ? `Edit ${editing.name}` : "New schedule"}>
        <Field label="Name" error={shown.name} required>
          {(p) => <Input {...p} value={values.name} onChange={(e) => set("name", e.target.value)} autoComplete="off" />}
        </Field>
        <Field label="Description" error={shown.description}>
          {(p) => <Textarea {...p} rows={2} value={values.description} onChange={(e) => set("description", e.target.value)} />}
        </Field>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label="Recurrence" error={shown.kind}>
            {(p) => (
              <select {...p} className={selectClass} value={values.kind} onChange={(e) => set("kind", e.target.value as ScheduleKind)}>
                {scheduleKinds.map((k) => (
                  <option key={k} value={k}>
                    {kindLabels[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {unit ? (
            <Field label={`Every how many ${unit}`} error={shown.interval}>
              {(p) => <Input {...p} type="number" min={1} max={1000} value={values.interval} onChange={(e) => set("interval", e.target.value)} />}
            </Field>
          ) : null}
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label={values.kind === "once" ? "Runs at" : "Start"} error={shown.startAt} hint={values.kind === "hourly" || values.kind === "cron" ? "First possible run." : "Also sets the time of day it runs."}>
            {(p) => <Input {...p} type="datetime-local" step={1} value={values.start} onChange={(e) => set("start", e.target.value)} />}
          </Field>
          <Field label="Time zone" error={shown.timeZone}>
            {(p) => (
              <select {...p} className={selectClass} value={values.timeZone} onChange={(e) => set("timeZone", e.target.value)}>
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {values.kind === "weekly" ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Days of the week</legend>
            <div className="mt-2 flex flex-wrap gap-3">
              {weekOrder.map((d) => (
                <label key={d} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
                  <input type="checkbox" className="size-4 rounded border-slate-300" checked={values.weekDays.includes(d)} onChange={(e) => set("weekDays", toggle(values.weekDays, d, e.target.checked))} />
                  {weekDayNames[d]}
                </label>
              ))}
            </div>
            {shown.weekDays ? <p className="mt-1 text-xs font-medium text-red-700">{shown.weekDays}</p> : null}
          </fieldset>
        ) : null}
        {values.kind === "monthly" ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Days of the month</legend>
            <div className="mt-2 grid grid-cols-7 gap-1 sm:w-fit">
              {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
                <label key={d} className="inline-flex items-center gap-1 text-xs text-slate-800" title={`Day ${d}`}>
                  <input type="checkbox" aria-label={`Day ${d}`} className="size-4 rounded border-slate-300" checked={values.monthDays.includes(d)} onChange={(e) => set("monthDays", toggle(values.monthDays, d, e.target.checked))} />
                  {d}
                </label>
              ))}
            </div>
            <label className="mt-2 inline-flex items-center gap-1.5 text-sm text-slate-800">
              <input type="checkbox" className="size-4 rounded border-slate-300" checked={values.lastDayOfMonth} onChange={(e) => set("lastDayOfMonth", e.target.checked)} />
              Last day of the month
            </label>
            <p className="text-xs text-slate-500">Months without a chosen day (the 31st in April) are skipped for that day.</p>
            {shown.monthDays ? <p className="mt-1 text-xs font-medium text-red-700">{shown.monthDays}</p> : null}
          </fieldset>
        ) : null}
        {values.kind === "cron" ? (
          <Field label="Cron expression" error={shown.cron} hint="5 fields (minute hour day month weekday) or 6 with seconds first, in the time zone above.">
            {(p) => <Input {...p} value={values.cron} onChange={(e) => set("cron", e.target.value)} placeholder="0 7 * * 1-5" spellCheck={false} className="font-mono" />}
          </Field>
        ) : null}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label="Expires (optional)" error={shown.expiresAt} hint="No runs at or after this time.">
            {(p) => <Input {...p} type="datetime-local" step={1} value={values.expires} onChange={(e) => set("expires", e.target.value)} />}
          </Field>
          <Field label="After downtime" error={shown.missedPolicy} hint="When more than one run was missed while no worker was up.">
            {(p) => (
              <select {...p} className={selectClass} value={values.missedPolicy} onChange={(e) => set("missedPolicy", e.target.value as ScheduleFormValues["missedPolicy"])}>
                <option value="run_once">Run once for the latest missed run</option>
                <option value="skip">Skip missed runs</option>
              </select>
            )}
          </Field>
        </div>
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-4 rounded border-slate-300" checked={values.enabled} onChange={(e) => set("enabled", e.target.checked)} />
          Enabled
        </label>
        <ErrorMessage error={server ? null : save.error} title="The schedule was not saved" />
        <div className="flex gap-3">
          <Button type="submit" variant="primary" pending={save.isPending}>
            {editing ? "Save schedule" : "Create schedule"}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
      <OccurrencePreview body={body} timeZone={values.timeZone} />
    </div>
  );
}
