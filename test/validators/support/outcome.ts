// A validator's verdict as a value a test can compare and print: `accepted`, or the
// errors it gave, one line each. A failed `toEqual("accepted")` then shows why.
import type { ValidationError, Validator } from "./generated.js";

export function verdict(validator: Validator, value: unknown): string {
  if (validator(value)) return "accepted";
  return (validator.errors ?? []).map(describeError).join("\n") || "rejected without errors";
}

function describeError(error: ValidationError): string {
  return `${error.keyword} at "${error.instancePath}" ${JSON.stringify(error.params)}: ${error.message ?? ""}`;
}
