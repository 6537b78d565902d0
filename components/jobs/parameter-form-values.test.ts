import { describe, expect, it } from "vitest";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";
import { ApiError } from "@/components/api/fetch-json";
import { parameterProblemSummary, parametersToRawValues, rawValuesToParameters, serverParameterError } from "./parameter-form-values";

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

describe("PowerShell's word from the server beside a field", () => {
  const params = [param("Count", "int"), param("Name", "string")];

  it("names the declared parameter the refusal's field names, in any case", () => {
    const refused = new ApiError(422, "validation_failed", "Cannot process argument transformation on parameter 'Count'.", "parameters.count");
    expect(serverParameterError(refused, params)).toEqual({ name: "Count", message: "Cannot process argument transformation on parameter 'Count'." });
  });

  it("leaves other errors to the form's alert", () => {
    expect(serverParameterError(new ApiError(422, "validation_failed", "Parameter set cannot be resolved", "parameters"), params)).toBeNull();
    expect(serverParameterError(new ApiError(422, "validation_failed", "no such group", "runOn"), params)).toBeNull();
    expect(serverParameterError(new ApiError(422, "validation_failed", "x", "parameters.Colour"), params)).toBeNull();
    expect(serverParameterError(new Error("network"), params)).toBeNull();
  });

  it("asks the browser only for what it can see at once: a Mandatory parameter left empty", () => {
    const mandatory = { ...param("Count", "int"), mandatory: true };
    expect(rawValuesToParameters([mandatory], { Count: "" }).errors).toEqual({ Count: "Count is required" });
    // Whether 4.5 or 99999999999 is an [int] is PowerShell's to say, on the server.
    expect(rawValuesToParameters([mandatory], { Count: "99999999999" })).toEqual({ values: { Count: 99999999999 }, errors: {} });
  });
});
