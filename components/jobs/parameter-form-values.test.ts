import { describe, expect, it } from "vitest";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { parameterProblemSummary, parametersToRawValues, rawValuesToParameters } from "./parameter-form-values";

const param = (name: string, type: string | null): ScriptParameter => ({ name, type, mandatory: false, default: null, helpMessage: null, validateSet: null, position: null });

describe("Start form values for object parameters", () => {
  const params = [param("WebhookData", "object"), param("Note", null)];

  it("sends JSON typed into an [object] parameter as an object, other text as text", () => {
    const { values, errors } = rawValuesToParameters(params, { WebhookData: '{ "RequestBody": "{}", "WebhookName": "alert" }', Note: '{"a":1}' });
    expect(errors).toEqual({});
    expect(values).toEqual({ WebhookData: { RequestBody: "{}", WebhookName: "alert" }, Note: '{"a":1}' });
    expect(rawValuesToParameters(params, { WebhookData: "plain words", Note: "" }).values).toEqual({ WebhookData: "plain words" });
    expect(rawValuesToParameters(params, { WebhookData: "{ not json", Note: "" }).values).toEqual({ WebhookData: "{ not json" });
  });

  it("shows an object value as indented JSON when switching from JSON to fields", () => {
    expect(parametersToRawValues(params, { WebhookData: { WebhookName: "alert" } }).raw.WebhookData).toBe('{\n  "WebhookName": "alert"\n}');
  });
});

describe("the Start and Link forms' one-line parameter summary", () => {
  it("is the single problem, or counts and lists several, or null", () => {
    expect(parameterProblemSummary({})).toBeNull();
    expect(parameterProblemSummary({ Count: "Count must be a whole number" })).toBe("Count must be a whole number");
    expect(parameterProblemSummary({ Count: "Count must be a whole number", Name: "Name is required" })).toBe("Fix 2 parameters: Count must be a whole number; Name is required");
  });
});
