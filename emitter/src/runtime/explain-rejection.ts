/**
 * Bundled into every generated validators module. A generated `validate<Name>`
 * asks its boolean guard first, which only answers "certainly valid" cheaply and
 * is called directly so that V8 can inline it; only when the guard says no does
 * it come here, where the AJV validator decides for sure and explains the
 * rejection in `.errors`. The guard never accepts what AJV rejects, so the answer
 * is AJV's in every case.
 */
export interface ErrorReportingValidator {
  (value: unknown): boolean;
  errors?: unknown[] | null;
}

export function explainRejection(self: ErrorReportingValidator, explain: ErrorReportingValidator, value: unknown): boolean {
  const valid = explain(value);
  self.errors = valid ? null : (explain.errors ?? null);
  return valid;
}
