/** One reason a value was rejected: AJV's error object, plus `allowed` where the validator knows better than its keyword. */
export interface ValidationErrorLike {
  instancePath: string;
  schemaPath: string;
  /** An AJV keyword, or `exception`: reading the value threw (a getter, a proxy trap, nesting deeper than the stack). */
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /**
   * What the spec allows at `instancePath`, on a `type` or `pattern` error where the
   * validator merged the spec's alternatives into one schema (`int32 | "inf"` is
   * `{ values: ["inf"], types: ["integer"] }`): these values, or any value of these JSON types.
   */
  allowed?: { values: unknown[]; types: string[] };
  /**
   * Strict mode, on an `additionalProperties` error: the known property name the unknown
   * key is a near miss of (one or two edits away), which the value would have under that
   * name (`instructons` → `"instructions"`).
   */
  suggestion?: string;
}

/** Why a message was rejected. */
export interface Rejection {
  /**
   * `invalid-input`: the parser was handed something other than a string, or a
   * serializer a value that passed its check but that JSON cannot write (a BigInt, a cycle);
   * `invalid-json`: the text is not JSON; `unknown-type`: an event type this API
   * version does not define (a newer server may send it: an SDK may skip it);
   * `unknown-variant`: in what the service sends only, a known event type holding, at
   * `path`, a `value` this API version does not define: an unknown discriminator value
   * below the event's own `type` (`/item/type`), or a string outside a closed enum; a
   * newer service may send it, and an SDK may skip or pass on the event (`event`);
   * `invalid`: a known type with a wrong shape.
   */
  kind: "invalid-input" | "invalid-json" | "unknown-type" | "unknown-variant" | "invalid";
  /**
   * One line of at most 1,000 characters, naming the event type and the JSON path, e.g.
   * `response.audio.delta: /content_index must be an integer`. Values and keys in it
   * are cut to 100 characters with an ellipsis, and line breaks are escaped.
   */
  message: string;
  /** The `type` of the message, when it had a string one of its own. */
  type?: string;
  /** JSON Pointer of the first problem (`invalid` and `unknown-variant`). */
  path?: string;
  /**
   * The value that was rejected, as parsed (or as handed to a check), for every kind but
   * `invalid-input` and `invalid-json`, so an SDK can pass on an event that a newer server
   * sent. Typed `unknown`: it is not what the types say. Unknown events are kept out of
   * the `ServerEvent` union on purpose: a member whose `type` is any string would stop
   * `if (e.type === "session.created")` from narrowing.
   */
  event?: unknown;
  /** For `unknown-variant` only: the value at `path` this API version does not define. */
  value?: unknown;
  /**
   * The validator's errors: one, as validators stop at the first, except that a value
   * tried against alternatives reports each alternative's, and strict mode reports a
   * misspelt required property as two (the unknown key, then the missing one).
   * Empty for `invalid-input` and `invalid-json`.
   */
  errors: ValidationErrorLike[];
}

export type ParseResult<T> = { ok: true; event: T } | { ok: false; error: Rejection };

/** What a send-side serializer gives: the JSON text of a value that passed the check, or why it did not. */
export type SerializeResult = { ok: true; text: string } | { ok: false; error: Rejection };

export interface ParserContext {
  /** What is parsed, for messages: `"server event"`. */
  subject: string;
  apiVersion: string;
  /** What the service sends: a value outside a closed enum inside a known event is `unknown-variant`, not `invalid`. */
  received?: boolean;
}

/** How a message names what it describes: an event (`subject`, e.g. `"client event"`) or, without one, a value by its path. */
export interface DescriptionContext {
  subject?: string;
  apiVersion?: string;
  received?: boolean;
}

/** A parser that never throws, whatever it is handed (`text` is typed as a string; anything else is an `invalid-input` rejection). */
export declare function createParser<T>(validate: (value: unknown) => value is T, context: ParserContext): (text: string) => ParseResult<T>;
/** A send-side check: `undefined` when the value may be sent. Not a type predicate, so a typed value is not narrowed to `never`. Never throws. */
export declare function createChecker<T>(validate: (value: unknown) => boolean, context: ParserContext): (event: T) => Rejection | undefined;
/** A send-side serializer built on a check: JSON text only after the check passes; a value JSON cannot write is an `invalid-input` rejection. Never throws. */
export declare function createSerializer<T>(check: (event: T) => Rejection | undefined, context: ParserContext): (event: T) => SerializeResult;
/** Never throws. */
export declare function describeRejection(errors: readonly ValidationErrorLike[], value: unknown, context: DescriptionContext): Rejection;
/** `describeRejection`'s message; the version modules export one that names their API version. Never throws. */
export declare function formatValidationErrors(errors: readonly ValidationErrorLike[] | null | undefined, value: unknown, context?: DescriptionContext): string;
/** A version's `formatValidationErrors`: errors of one of `events`' validators (the array it left in `.errors`) are described as events, received ones as their parser does. */
export declare function createValidationErrorFormatter(
  apiVersion: string,
  events: readonly (readonly [validator: { errors?: unknown }, subject: string, received?: boolean])[],
): (errors: readonly ValidationErrorLike[] | null | undefined, value: unknown, context?: { subject?: string }) => string;
