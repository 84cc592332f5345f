/** The errors the generated validators report: AJV's, plus `allowed` where alternatives were merged. */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  allowed?: Allowed;
  /** Strict mode, on an `additionalProperties` error: the known name the unknown key is a near miss of (misspelt-property.ts). */
  suggestion?: string;
}

/** What the spec allows at an error's place: these values, or any value of these JSON types. */
export interface Allowed {
  values: readonly unknown[];
  types: readonly string[];
}

export interface ErrorReportingValidator {
  (value: unknown): boolean;
  errors?: ValidationError[] | null;
}

/** Own-property test taken once, so a value that shadows `hasOwnProperty` cannot answer for itself. */
export const hasOwn = Object.prototype.hasOwnProperty;

/** `object[key]` when it is the object's own: a polluted `Object.prototype` must not answer for a missing field. */
export function ownField(object: object, key: string): unknown {
  return hasOwn.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
