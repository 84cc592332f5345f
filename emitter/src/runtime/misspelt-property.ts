/**
 * Strict mode rejects unknown keys; when one is a near miss of a known name, the
 * rejection names it: `/session/instructons is not a known property (strict mode); did
 * you mean "instructions"?`. Two cases, each settled by validating a copy again:
 *
 * - A misspelt required key: AJV checks `required` before it looks for unknown keys, so
 *   `{ "type": "session.update", "sesion": {…} }` is reported as a missing `session`
 *   only. When the object has an own key one or two edits from the missing name, a copy
 *   with the missing property added (the misspelt key's value under the right name) is
 *   validated: if that rejects the misspelt key as unknown, the errors become [that
 *   unknown key, the missing one].
 * - A misspelt optional key, reported as unknown: the error does not say which object
 *   schema rejected it, so the names come from `knownNames`, every property name of the
 *   strict schema (written by the emitter). The near ones, nearest first, are tried by
 *   renaming the key in a copy (in its place, so the keys before it stay first); the
 *   first that makes that error go away is the suggestion. A name the object already
 *   has is not tried: the key is then not a misspelling of it.
 *
 * Only rejected values get here; the input is never changed, and anything that throws
 * on the way leaves the errors as they were.
 */
import { pointerSegments } from "./json-pointer.js";
import { hasOwn, ownField, type ErrorReportingValidator, type ValidationError } from "./validation-error.js";


/** The names tried for one unknown key at most: each is one more validation of the value. */
const MAX_PROBES = 4;

export function misspeltKeyFinder(knownNames: readonly string[]) {
  return function withMisspeltKey(errors: ValidationError[], explain: ErrorReportingValidator, value: unknown): ValidationError[] {
    const withRequired = withMisspeltProperty(errors, explain, value);
    return withRequired === errors ? withSuggestedName(errors, explain, value, knownNames) : withRequired;
  };
}

function withMisspeltProperty(errors: ValidationError[], explain: ErrorReportingValidator, value: unknown): ValidationError[] {
  const [missingError] = errors;
  if (errors.length !== 1 || missingError === undefined || missingError.keyword !== "required") return errors;
  const missing = ownField(missingError.params, "missingProperty");
  if (typeof missing !== "string") return errors;
  try {
    const path = pointerSegments(missingError.instancePath);
    const object = valueAt(value, path);
    if (!isObject(object)) return errors;
    const [misspelt] = nearNames(Object.keys(object), missing);
    if (misspelt === undefined) return errors;
    const probe = replacedAt(value, path, withProperty(object, missing, (object as Record<string, unknown>)[misspelt]));
    if (explain(probe)) return errors;
    const [unknownError] = explain.errors ?? [];
    const isThatKey =
      unknownError !== undefined &&
      unknownError.keyword === "additionalProperties" &&
      unknownError.instancePath === missingError.instancePath &&
      ownField(unknownError.params, "additionalProperty") === misspelt;
    return isThatKey ? [{ ...unknownError, suggestion: missing }, missingError] : errors;
  } catch {
    return errors;
  }
}

function withSuggestedName(errors: ValidationError[], explain: ErrorReportingValidator, value: unknown, knownNames: readonly string[]): ValidationError[] {
  const index = errors.findIndex((error) => error.keyword === "additionalProperties");
  const unknownError = errors[index];
  const key = unknownError === undefined ? undefined : ownField(unknownError.params, "additionalProperty");
  if (unknownError === undefined || typeof key !== "string") return errors;
  try {
    const path = pointerSegments(unknownError.instancePath);
    const object = valueAt(value, path);
    if (!isObject(object)) return errors;
    const candidates = nearNames(knownNames, key).filter((name) => !hasOwn.call(object, name));
    for (const name of candidates.slice(0, MAX_PROBES)) {
      const probe = replacedAt(value, path, renamed(object, key, name));
      const stillUnknown =
        !explain(probe) &&
        (explain.errors ?? []).some(
          (error) => error.keyword === "additionalProperties" && error.instancePath === unknownError.instancePath && ownField(error.params, "additionalProperty") === name,
        );
      if (stillUnknown) continue;
      const suggested = errors.slice();
      suggested[index] = { ...unknownError, suggestion: name };
      return suggested;
    }
    return errors;
  } catch {
    return errors;
  }
}

/**
 * The names near `name`, nearest first (ties in the order given): one edit away for
 * names of up to four characters, two for longer ones (adjacent swaps count as one).
 */
function nearNames(names: readonly string[], name: string): string[] {
  if (name.length > LONGEST_NAME - 2) return [];
  const limit = name.length <= 4 ? 1 : 2;
  // Built by filter and map, not push, which throws under a getter-only index on a polluted Object.prototype.
  return names
    .filter((candidate) => candidate !== name && Math.abs(candidate.length - name.length) <= limit)
    .map((candidate) => [candidate, editDistance(candidate, name)] as const)
    .filter(([, distance]) => distance <= limit)
    .sort((a, b) => a[1] - b[1])
    .map(([candidate]) => candidate);
}
/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps
 * of neighbours, computed in three rows of the usual table that every call shares
 * (names are short; a longer one is no candidate).
 */
function editDistance(a: string, b: string): number {
  let [before, previous, current] = ROWS;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current[j] = distance;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** The longest name compared; the rows hold one more entry. */
const LONGEST_NAME = 64;
const ROWS: [Uint16Array, Uint16Array, Uint16Array] = [new Uint16Array(LONGEST_NAME + 1), new Uint16Array(LONGEST_NAME + 1), new Uint16Array(LONGEST_NAME + 1)];

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path`, through own properties and array items only. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = ownField(node, segment);
  }
  return node;
}

/** A copy of `value` with the node at `path` replaced; the nodes on the way are copied, the rest shared. */
function replacedAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [segment, ...rest] = path as [string, ...string[]];
  const child = replacedAt(ownField(value as object, segment), rest, replacement);
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[Number(segment)] = child;
    return copy;
  }
  return withProperty(value as object, segment, child);
}

/** A shallow copy of `object` with `key` renamed to `name`, in the same place among its keys. */
function renamed(object: object, key: string, name: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const own of Object.keys(object)) {
    Object.defineProperty(copy, own === key ? name : own, { value: (object as Record<string, unknown>)[own], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** A shallow copy of `object`'s own enumerable properties with `key` set; defined, not assigned, so `__proto__` stays a key. */
function withProperty(object: object, key: string, value: unknown): Record<string, unknown> {
  return Object.defineProperty({ ...object }, key, { value, enumerable: true, writable: true, configurable: true });
}
