// Shared by every API version of this package: turning a validator's errors into one
// line a person can read. Every value and key that goes into a message is cut to
// TEXT_LIMIT code points and escaped, so a message is one bounded line whatever the
// input held; the error objects and the Rejection's other fields keep the raw values.
// Lists are built by literals, spreads and `map`, never `push`: a getter-only index on
// a polluted Object.prototype makes `push` throw, and a message must still be written.

const hasOwn = Object.prototype.hasOwnProperty;

/** `object[key]` when it is the object's own: a polluted `Object.prototype` must not answer for a missing field. */
export function own(object, key) {
  return object !== null && typeof object === "object" && hasOwn.call(object, key) ? object[key] : undefined;
}

/** Code points of one value, key or path segment in a message. */
const TEXT_LIMIT = 100;
/** Code points of a path; a longer one keeps its start and its end. */
const PATH_LIMIT = 200;
/** Values listed from an `enum`; the rest are counted. */
const LIST_LIMIT = 10;
/** Code points of a whole message. */
export const MESSAGE_LIMIT = 1000;

/**
 * One message for a failed validation. With a `context.subject` (`"server event"`) the
 * value is an event: the message names its type, and an unknown type gets a kind of its
 * own (`unknown-type`), so an SDK can skip newer events. Without one, the message names
 * the path alone. Never throws.
 */
export function describeRejection(errors, value, context) {
  const subject = stringOr(() => own(context, "subject"));
  const apiVersion = stringOr(() => own(context, "apiVersion"));
  // The value's own `type`: reading it may throw (a proxy, a getter), and then it has none to name.
  const type = stringOr(() => own(value, "type"));
  try {
    const list = Array.isArray(errors) ? errors : [];
    const first = mostSpecific(list);
    const at = (text) => (subject === undefined ? text : `${type === undefined ? subject : oneLine(cut(type))}: ${text}`);
    if (first !== undefined && first.keyword === "discriminator" && first.instancePath === "" && subject !== undefined) {
      const tag = own(first.params, "tag");
      if (own(first.params, "error") === "mapping") {
        const message = `unknown ${subject} type ${quote(own(first.params, "tagValue"))}${inVersion(apiVersion, " for API version")}`;
        return { kind: "unknown-type", type, event: value, message: limit(message), errors };
      }
      return { kind: "invalid", type, message: limit(`${subject}: ${quote(tag)} must be a string naming the event type`), errors };
    }
    if (first === undefined) return { kind: "invalid", type, path: "/", message: limit(at("/ is invalid")), errors, event: value };
    const variant = unknownVariant(first, value, own(context, "received") === true);
    if (variant !== undefined) {
      const { path } = variant;
      const message = at(`${pathText(path)} has unknown value ${quote(variant.value)}${inVersion(apiVersion, " in API version")} (a newer service may send it)`);
      return { kind: "unknown-variant", type, path, value: variant.value, message: limit(message), errors, event: value };
    }
    const { path, reason } = explain(first, list, apiVersion);
    return { kind: "invalid", type, path, message: limit(at(`${pathText(path)} ${reason}`)), errors, event: value };
  } catch {
    // Only errors that are not a validator's (a hand-made array of odd objects) get here.
    return { kind: "invalid", type, message: subject === undefined ? "the value is invalid" : limit(`${oneLine(subject)}: invalid`), errors, event: value };
  }
}

/**
 * In what the service sends (`received`), the path and value of a variant a newer service
 * may send inside a known event: an unknown discriminator value below the root, or a
 * string outside a closed enum or const. Undefined for any other error, and for what a
 * client sends, where an unknown variant is a mistake to fix before sending.
 */
function unknownVariant(error, value, received) {
  const instancePath = own(error, "instancePath");
  if (!received || typeof instancePath !== "string" || instancePath === "") return undefined;
  const params = own(error, "params");
  if (error.keyword === "discriminator" && own(params, "error") === "mapping") {
    return { path: `${instancePath}/${escapePointer(own(params, "tag"))}`, value: own(params, "tagValue") };
  }
  if (error.keyword === "enum" || error.keyword === "const") {
    const found = valueAt(value, instancePath);
    // A closed set of strings grown by a newer service; a wrong kind of value is just invalid.
    if (found.present && typeof found.value === "string") return { path: instancePath, value: found.value };
  }
  return undefined;
}

/** The value a JSON Pointer names in `value`, reading own properties only. */
function valueAt(value, pointer) {
  let current = value;
  for (const segment of pointer.split("/").slice(1)) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object" || !hasOwn.call(current, key)) return { present: false };
    current = current[key];
  }
  return { present: true, value: current };
}

/** What `read` gives when it is a string and reading does not throw; undefined otherwise. */
function stringOr(read) {
  try {
    const text = read();
    return typeof text === "string" ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON Pointer an error is about, and why, for the error chosen by mostSpecific. */
function explain(error, errors, apiVersion) {
  const params = own(error, "params");
  const instancePath = String(own(error, "instancePath") ?? "");
  switch (error.keyword) {
    case "required":
      return { path: `${instancePath}/${escapePointer(own(params, "missingProperty"))}`, reason: "is required" };
    case "additionalProperties": {
      const suggestion = own(error, "suggestion");
      const missing = typeof suggestion === "string" ? suggestion : misspeltFor(error, errors);
      const meant = missing === undefined ? "" : `; did you mean ${quote(missing)}?`;
      return { path: `${instancePath}/${escapePointer(own(params, "additionalProperty"))}`, reason: `is not a known property (strict mode)${meant}` };
    }
    case "discriminator": {
      const path = `${instancePath}/${escapePointer(own(params, "tag"))}`;
      if (own(params, "error") !== "mapping") return { path, reason: "must be a string" };
      return { path, reason: `${quote(own(params, "tagValue"))} is not known${inVersion(apiVersion, " in API version")}` };
    }
    case "exception":
      return { path: instancePath || "/", reason: `could not be validated (${oneLine(cut(String(own(params, "reason"))))})` };
    default: {
      const alternatives = anyOfAt(instancePath, errors);
      return { path: instancePath || "/", reason: alternatives ?? reasonOf(error) };
    }
  }
}

/** Why one error's value is wrong, in the spec's terms. */
function reasonOf(error) {
  const params = own(error, "params");
  const allowed = allowedBy(error);
  if (allowed !== undefined) return mustBe(allowed);
  if (error.keyword === "pattern") {
    const literals = literalsOf(own(params, "pattern"));
    return literals === undefined ? `must match the pattern ${quote(own(params, "pattern"))}` : mustBe({ values: literals, types: [] });
  }
  const message = own(error, "message");
  return typeof message === "string" ? oneLine(cut(message, 2 * TEXT_LIMIT)) : `fails ${oneLine(cut(String(error.keyword)))}`;
}

/**
 * What an error says is allowed when it is about the kind of value (its type, or its
 * being one of some values): the validators' `allowed` where they merged alternatives,
 * else the keyword's own parameters. Undefined for any other error.
 */
function allowedBy(error) {
  const params = own(error, "params");
  const allowed = own(error, "allowed");
  if (allowed !== undefined && (error.keyword === "type" || error.keyword === "pattern")) {
    return { values: own(allowed, "values") ?? [], types: own(allowed, "types") ?? [] };
  }
  switch (error.keyword) {
    case "type":
      return { values: [], types: [].concat(own(params, "type")) };
    case "const":
      return { values: [own(params, "allowedValue")], types: [] };
    case "enum":
      return { values: own(params, "allowedValues") ?? [], types: [], oneOf: true };
    default:
      return undefined;
  }
}

/**
 * A value tried against alternatives (`anyOf`: a model or null) reports each
 * alternative's failure, then the `anyOf`. When every alternative failed on the
 * kind of value at the `anyOf`'s own place, the message lists them all:
 * `must be an object or null`. Undefined otherwise.
 */
function anyOfAt(instancePath, errors) {
  const last = errors[errors.length - 1];
  if (last === undefined || last.keyword !== "anyOf" || last.instancePath !== instancePath) return undefined;
  const alternatives = errors.filter((error) => error.instancePath === instancePath && !COMBINATORS.has(error.keyword));
  const allowed = alternatives.map(allowedBy);
  if (allowed.length === 0 || allowed.some((entry) => entry === undefined)) return undefined;
  return mustBe({ values: allowed.flatMap((entry) => entry.values), types: allowed.flatMap((entry) => entry.types) });
}

/** `must be "inf" or an integer`, `must be a string or null`, `must be one of "a", "b"`. */
function mustBe({ values, types, oneOf }) {
  const shown = [...values.slice(0, LIST_LIMIT).map(quote), ...(values.length > LIST_LIMIT ? [`${values.length - LIST_LIMIT} more`] : [])];
  const parts = [...shown, ...[...new Set(types)].map((type) => TYPE_NAMES[type] ?? `of type ${oneLine(cut(String(type)))}`)];
  if (oneOf && types.length === 0 && values.length > 1) return `must be one of ${parts.join(", ")}`;
  return `must be ${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}` : (parts[0] ?? "valid")}`;
}

/**
 * The strings a pattern admits when it is the validators' form for string
 * alternatives, `^(?:a|b)$` with each one's special characters escaped; undefined for
 * any other pattern. Used where the validators could not say what else is allowed.
 */
function literalsOf(pattern) {
  const body = typeof pattern === "string" ? /^\^\(\?:(.*)\)\$$/s.exec(pattern)?.[1] : undefined;
  if (body === undefined) return undefined;
  let literals = [];
  let current = "";
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    const next = body[index + 1];
    if (char === "|") {
      literals = [...literals, current];
      current = "";
    } else if (char === "\\" && next !== undefined && REGEXP_SPECIAL.includes(next)) {
      current += next;
      index += 1;
    } else if (REGEXP_SPECIAL.includes(char)) {
      return undefined;
    } else {
      current += char;
    }
  }
  return [...literals, current];
}

const REGEXP_SPECIAL = ".*+?^${}()|[]\\/";

const TYPE_NAMES = {
  __proto__: null,
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};

const COMBINATORS = new Set(["anyOf", "oneOf", "if"]);

/**
 * Validators stop at the first failure, but a value tried against alternatives
 * (`anyOf`: a voice name or a voice object) reports each alternative's failure and
 * then the `anyOf` itself. The deepest failure is the one that explains it
 * (`/session/voice/name is required`, not `/session/voice must be a string`); at one
 * depth, a failure of a constraint (`must be <= 2147483647`) beats one of the kind of
 * value, since it comes from the alternative whose kind matched.
 */
function mostSpecific(errors) {
  let best;
  for (const error of errors) {
    if (error === null || typeof error !== "object" || COMBINATORS.has(error.keyword)) continue;
    if (best === undefined || rank(error) > rank(best)) best = error;
  }
  return best ?? errors.find((error) => error !== null && typeof error === "object");
}

function rank(error) {
  const params = own(error, "params");
  const property = own(params, "missingProperty") ?? own(params, "additionalProperty");
  const depth = String(error.instancePath).split("/").length + (property === undefined ? 0 : 1);
  return 2 * depth + (allowedBy(error) === undefined ? 1 : 0);
}

/** In strict mode, an unknown key followed by a missing one at the same place: the key was the missing one, misspelt. */
function misspeltFor(error, errors) {
  const [first, second] = errors;
  if (first !== error || second === undefined || second.keyword !== "required" || second.instancePath !== error.instancePath) return undefined;
  return own(own(second, "params"), "missingProperty");
}

function inVersion(apiVersion, words) {
  return typeof apiVersion === "string" && apiVersion !== "" ? `${words} ${oneLine(cut(apiVersion))}` : "";
}

/** A value as a message quotes it: JSON, cut and on one line. */
export function quote(value) {
  if (typeof value === "string") return oneLine(JSON.stringify(cut(value)));
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  try {
    const text = JSON.stringify(value);
    return text === undefined ? typeof value : oneLine(cut(text));
  } catch {
    return "a value";
  }
}

/** A JSON Pointer as a message shows it: each segment cut, the whole kept to PATH_LIMIT, on one line. */
function pathText(path) {
  if (path === "") return "/";
  const segments = path.split("/").map((segment) => cut(segment));
  const points = Array.from(segments.join("/"));
  const shown = points.length <= PATH_LIMIT ? points.join("") : `${points.slice(0, PATH_LIMIT / 2).join("")}…${points.slice(-PATH_LIMIT / 2).join("")}`;
  return oneLine(shown);
}

/** At most `count` code points of `text`, cut with an ellipsis; never splits a surrogate pair. */
export function cut(text, count = TEXT_LIMIT) {
  const points = Array.from(text.slice(0, 2 * count + 1));
  return points.length > count ? `${points.slice(0, count).join("")}…` : points.join("");
}

/** The whole message, capped. */
function limit(message) {
  return cut(message, MESSAGE_LIMIT);
}

/** Control characters, U+2028 and U+2029 escaped as `\uXXXX`, so a message is one line in any log. */
export function oneLine(text) {
  return String(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function escapePointer(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
