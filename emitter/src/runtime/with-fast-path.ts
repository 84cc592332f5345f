/**
 * Bundled into every generated validators module. A validator first asks the
 * boolean guard, which only answers "certainly valid" cheaply; only when the
 * guard says no does the AJV validator run, to decide for sure and to explain
 * the rejection in `.errors`. The guard never accepts what AJV rejects, so the
 * answer is AJV's in every case.
 *
 * Each generated `validate<Name>` is a function declaration calling this, rather
 * than a value made by a higher-order call, so bundlers can drop the validators a
 * program does not import.
 */
export interface ErrorReportingValidator {
  (value: unknown): boolean;
  errors?: unknown[] | null;
}

export function validateWithFastPath(
  self: ErrorReportingValidator,
  guard: (value: unknown) => boolean,
  explain: ErrorReportingValidator,
  value: unknown,
): boolean {
  if (guard(value)) {
    self.errors = null;
    return true;
  }
  const valid = explain(value);
  self.errors = valid ? null : (explain.errors ?? null);
  return valid;
}
