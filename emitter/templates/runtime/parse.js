// Shared by every API version of this package: turning validator errors into
// messages, and parsing + validating a socket message in one call.

/**
 * Makes a parser that never throws: malformed JSON, a wrong shape and an unknown
 * event type all come back as `{ ok: false, error }`.
 */
export function createParser(validate, context) {
  return function parse(text) {
    let value;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      return { ok: false, error: { kind: "invalid-json", message: `${context.subject}: not valid JSON (${oneLine(cause.message)})`, errors: [] } };
    }
    let valid;
    try {
      valid = validate(value);
    } catch (cause) {
      // Only absurd input (nesting deep enough to exhaust the stack) gets here.
      return { ok: false, error: { kind: "invalid", message: `${context.subject}: could not be validated (${oneLine(cause.message)})`, errors: [] } };
    }
    if (valid) return { ok: true, event: value };
    return { ok: false, error: describeRejection(validate.errors ?? [], value, context) };
  };
}

/**
 * One message for a failed validation, naming the event type and the JSON path:
 * `response.audio.delta: /content_index must be integer`. An event type the
 * version does not know gets a kind of its own, so an SDK can skip newer events.
 */
export function describeRejection(errors, value, context) {
  const first = mostSpecific(errors);
  const type = value !== null && typeof value === "object" && typeof value.type === "string" ? value.type : undefined;
  if (first && first.keyword === "discriminator" && first.instancePath === "") {
    if (first.params.error === "mapping") {
      return {
        kind: "unknown-type",
        type,
        event: value,
        message: `unknown ${context.subject} type ${JSON.stringify(first.params.tagValue)} for API version ${context.apiVersion}`,
        errors,
      };
    }
    return { kind: "invalid", type, message: `${context.subject}: ${JSON.stringify(first.params.tag)} must be a string naming the event type`, errors };
  }
  const path = first ? errorPath(first) : "/";
  const reason = first ? errorReason(first) : "is invalid";
  return { kind: "invalid", type, path, message: `${type ?? context.subject}: ${path} ${reason}`, errors };
}

/** `describeRejection`'s message for the errors of a direct validator call. */
export function formatValidationErrors(errors, value, context = { subject: "value", apiVersion: "" }) {
  return describeRejection(errors ?? [], value, context).message;
}

/**
 * Validators stop at the first failure, but a value tried against alternatives
 * (`anyOf`: a voice name or a voice object) reports each alternative's failure
 * and then the `anyOf` itself. The deepest failure is the one that explains it:
 * `/session/voice/name is required`, not `/session/voice must be string`.
 */
function mostSpecific(errors) {
  let best;
  for (const error of errors) {
    if (error.keyword === "anyOf" || error.keyword === "oneOf" || error.keyword === "if") continue;
    if (best === undefined || depth(error) > depth(best)) best = error;
  }
  return best ?? errors[0];
}

function depth(error) {
  const property = error.params.missingProperty ?? error.params.additionalProperty;
  return error.instancePath.split("/").length + (property === undefined ? 0 : 1);
}

/** Messages are one line: control characters in a key or in the parser's excerpt of the input are escaped. */
function oneLine(text) {
  return String(text).replace(/[\u0000-\u001f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function errorPath(error) {
  const property = error.params.missingProperty ?? error.params.additionalProperty;
  const path = property === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(property)}`;
  return oneLine(path || "/");
}

function errorReason(error) {
  switch (error.keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not a known property (strict mode)";
    case "enum":
      return `must be one of ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    case "discriminator":
      return error.params.error === "mapping"
        ? `has unknown ${error.params.tag} ${JSON.stringify(error.params.tagValue)}`
        : `must have a string ${JSON.stringify(error.params.tag)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

function escapePointer(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
