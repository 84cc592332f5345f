// Shared by every API version of this package: parsing + validating a socket message
// in one call, and the message of a direct validator call.
import { cut, describeRejection, oneLine, own } from "./messages.js";

export { describeRejection };

/**
 * Makes a parser that never throws, whatever it is handed: input that is not a
 * string, text that is not JSON, a wrong shape and an unknown event type all come
 * back as `{ ok: false, error }`.
 */
export function createParser(validate, context) {
  const { subject } = context;
  return function parse(text) {
    try {
      if (typeof text !== "string") {
        return rejected("invalid-input", `${subject}: expected JSON text (a string), got ${describeInput(text)}`);
      }
      if (text.charCodeAt(0) === 0xfeff) {
        return rejected("invalid-json", `${subject}: not valid JSON: the text starts with a byte order mark (U+FEFF); remove it before parsing`);
      }
      let value;
      try {
        value = JSON.parse(text);
      } catch (cause) {
        return rejected("invalid-json", `${subject}: not valid JSON (${oneLine(cut(thrownMessage(cause), 200))})`);
      }
      // The validators never throw: a value they cannot read is rejected with an `exception` error.
      if (validate(value)) return { ok: true, event: value };
      return { ok: false, error: describeRejection(validate.errors ?? [], value, context) };
    } catch {
      // Unreachable with this package's validators; kept so that no input can make a parser throw.
      return rejected("invalid", `${subject}: could not be validated`);
    }
  };
}

/**
 * Makes the send-side check of one event union: `undefined` when the value may be sent,
 * otherwise why not. Not a type predicate on purpose: checking a value already typed as
 * the union must not narrow it to `never` on the failing branch. Never throws.
 */
export function createChecker(validate, context) {
  return function check(event) {
    try {
      if (validate(event)) return undefined;
      return describeRejection(validate.errors ?? [], event, context);
    } catch {
      // Unreachable with this package's validators, which never throw.
      return rejection("invalid", `${context.subject}: could not be validated`);
    }
  };
}

/**
 * Makes the send-side serializer of one event union from its check: the JSON text only
 * after the check passes. A value that passes yet JSON cannot write (a BigInt in an open
 * field, a cycle, a throwing `toJSON`) is an `invalid-input` rejection. Never throws.
 */
export function createSerializer(check, context) {
  return function serialize(event) {
    const error = check(event);
    if (error !== undefined) return { ok: false, error };
    try {
      const text = JSON.stringify(event);
      if (typeof text === "string") return { ok: true, text };
      return { ok: false, error: rejection("invalid-input", `${context.subject}: JSON cannot represent the value`) };
    } catch (cause) {
      return { ok: false, error: rejection("invalid-input", `${context.subject}: JSON cannot represent the value (${oneLine(cut(thrownMessage(cause), 200))})`) };
    }
  };
}

/**
 * The `formatValidationErrors` of one API version: the message `describeRejection`
 * gives, with the version named where it matters. Errors of one of `events` (an event
 * union's validator, what its values are called, `"server event"`, and whether the
 * service sends them), the very array it left in `.errors`, are described as events, in
 * the words its parser uses: an unknown value inside a received event is an unknown
 * variant there too.
 */
export function createValidationErrorFormatter(apiVersion, events) {
  return function formatValidationErrors(errors, value, context) {
    let subject = subjectOf(context);
    let received = false;
    if (subject === undefined && errors != null) {
      const event = events.find(([validator]) => validator.errors === errors);
      if (event !== undefined) [, subject, received] = event;
    }
    return describeRejection(errors ?? [], value, { subject, apiVersion, received: received === true }).message;
  };
}

/** `describeRejection`'s message for the errors of a direct validator call; prefer a version's own, which names the version. */
export function formatValidationErrors(errors, value, context) {
  return describeRejection(errors ?? [], value, context).message;
}

/** The `subject` a caller passed, when it is a string; reading a caller's object must not throw out of here. */
function subjectOf(context) {
  try {
    const subject = own(context, "subject");
    return typeof subject === "string" ? subject : undefined;
  } catch {
    return undefined;
  }
}

function rejected(kind, message) {
  return { ok: false, error: rejection(kind, message) };
}

function rejection(kind, message) {
  return { kind, message, errors: [] };
}

function thrownMessage(cause) {
  const message = own(cause, "message");
  return typeof message === "string" ? message : "the parser gave no reason";
}

/** What a parser was handed instead of a string, in words; reading it must not throw (a revoked proxy, a throwing getter). */
function describeInput(input) {
  if (input === null) return "null";
  switch (typeof input) {
    case "undefined":
      return "undefined";
    case "object":
      break;
    case "function":
      return "a function";
    default:
      return `a ${typeof input}`;
  }
  try {
    if (Array.isArray(input)) return "an array";
    if (ArrayBuffer.isView(input) || input instanceof ArrayBuffer) return "binary data: decode it to text first (TextDecoder)";
  } catch {
    // A revoked proxy, or a getPrototypeOf trap that throws: an object all the same.
  }
  return "an object";
}
