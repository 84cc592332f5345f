/**
 * Bundled into every generated validators module. A validator first asks the
 * boolean guard, which only answers "certainly valid" cheaply; only when the
 * guard says no does the AJV validator run, to decide for sure and to explain
 * the rejection in `.errors`. The guard never accepts what AJV rejects, so the
 * answer is AJV's in every case.
 */
export interface ErrorReportingValidator {
  (value: unknown): boolean;
  errors?: unknown[] | null;
}

export function withFastPath(guard: (value: unknown) => boolean, explain: ErrorReportingValidator): ErrorReportingValidator {
  const validate: ErrorReportingValidator = (value) => {
    if (guard(value)) {
      validate.errors = null;
      return true;
    }
    const valid = explain(value);
    validate.errors = valid ? null : (explain.errors ?? null);
    return valid;
  };
  return validate;
}
