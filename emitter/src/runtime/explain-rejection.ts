/**
 * Bundled into every generated validators module. A generated `validate<Name>`
 * asks its boolean guard first, which answers cheaply and is called directly so
 * that V8 can inline it; only when the guard says no does it come here, where the
 * AJV validator decides for sure and explains the rejection in `.errors`. The guard
 * gives AJV's verdict, so the answer is AJV's in every case, except that nothing
 * thrown while reading the value (a getter, a proxy trap, nesting deeper than the
 * stack) gets out: such a value is rejected with one `exception` error. The errors
 * are AJV's, less the `not null` and `anyOf` errors of a `T | null` whose value is of
 * T's kind (nullable-alternative.ts). In strict mode, an unknown key that is a misspelt
 * known one is reported with that name (misspelt-property.ts).
 */
import { withoutNullAlternatives } from "./nullable-alternative.js";
import { ownField, type Allowed, type ErrorReportingValidator, type ValidationError } from "./validation-error.js";

export interface ExplainerOptions {
  /** What the spec allows where alternatives were merged, by the `schemaPath` of an error, then its `params.type` / `params.pattern` as JSON (allowed-values.ts). */
  allowed: Readonly<Record<string, Readonly<Record<string, Allowed>>>>;
  /**
   * Strict mode only: adds the known name a misspelt key was meant to be. Passed in rather
   * than imported, so that the tolerant validators, which never reject a key, do not carry it.
   */
  misspelt?: (errors: ValidationError[], explain: ErrorReportingValidator, value: unknown) => ValidationError[];
}

export type ExplainRejection = (self: ErrorReportingValidator, explain: ErrorReportingValidator, value: unknown) => boolean;

export function rejectionExplainer(options: ExplainerOptions): ExplainRejection {
  return function explainRejection(self, explain, value) {
    let valid: boolean;
    let errors: ValidationError[] | null;
    try {
      valid = explain(value);
      errors = valid ? null : (explain.errors ?? []);
    } catch (cause) {
      self.errors = [exceptionError(cause)];
      return false;
    }
    if (errors !== null) {
      errors = withoutNullAlternatives(errors);
      for (const error of errors) annotateAllowed(error, options.allowed);
      if (options.misspelt !== undefined) errors = options.misspelt(errors, explain, value);
    }
    self.errors = errors;
    return valid;
  };
}

/** Adds `allowed` to a `type` or `pattern` error of merged alternatives: a fresh copy, so no caller can change the next error's. */
function annotateAllowed(error: ValidationError, allowed: ExplainerOptions["allowed"]): void {
  if (error.keyword !== "type" && error.keyword !== "pattern") return;
  const atPlace = ownField(allowed, error.schemaPath) as Readonly<Record<string, Allowed>> | undefined;
  if (atPlace === undefined) return;
  const found = ownField(atPlace, JSON.stringify(ownField(error.params, error.keyword))) as Allowed | undefined;
  if (found !== undefined) error.allowed = { values: [...found.values], types: [...found.types] };
}

/** The one error of a value whose reading threw; the reason is the thrown message, cut to one short line. */
function exceptionError(cause: unknown): ValidationError {
  const reason = describeThrown(cause);
  return { instancePath: "", schemaPath: "#", keyword: "exception", params: { reason }, message: `could not be validated: ${reason}` };
}

const REASON_LIMIT = 200;

function describeThrown(cause: unknown): string {
  let text: string;
  try {
    const message = cause !== null && typeof cause === "object" ? ownField(cause, "message") : undefined;
    text = typeof message === "string" ? message : typeof cause === "string" ? cause : `a thrown ${cause === null ? "null" : typeof cause}`;
  } catch {
    text = "a thrown value that cannot be read";
  }
  // Code points, so a surrogate pair is never cut in two; at most twice as many code units.
  const points = Array.from(text.slice(0, 2 * REASON_LIMIT + 1));
  const cut = points.length > REASON_LIMIT ? `${points.slice(0, REASON_LIMIT).join("")}…` : points.join("");
  return cut.replace(/[\u0000-\u001f\u2028\u2029]/g, " ");
}
