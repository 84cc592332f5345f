/** One reason a value was rejected (AJV's error object). */
export interface ValidationErrorLike {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Why a message was rejected. */
export interface Rejection {
  /**
   * `invalid-json`: the text is not JSON; `unknown-type`: an event type this API
   * version does not define (a newer server may send it: an SDK may skip it);
   * `invalid`: a known type with a wrong shape.
   */
  kind: "invalid-json" | "unknown-type" | "invalid";
  /** One line naming the event type and the JSON path, e.g. `response.audio.delta: /content_index must be integer`. */
  message: string;
  /** The `type` of the message, when it had a string one. */
  type?: string;
  /** JSON Pointer of the first problem (`kind: "invalid"` only). */
  path?: string;
  /**
   * For `unknown-type` only: the message itself, so an SDK can pass on an event
   * that a newer server sent. Unknown events are kept out of the `ServerEvent`
   * union on purpose: a union member whose `type` is any string would stop
   * `if (e.type === "session.created")` from narrowing.
   */
  event?: { type: string; [key: string]: unknown };
  /** The validator's errors (one: validators stop at the first). */
  errors: ValidationErrorLike[];
}

export type ParseResult<T> = { ok: true; event: T } | { ok: false; error: Rejection };

export interface ParserContext {
  /** What is parsed, for messages: `"server event"`. */
  subject: string;
  apiVersion: string;
}

export declare function createParser<T>(validate: (value: unknown) => value is T, context: ParserContext): (text: string) => ParseResult<T>;
export declare function describeRejection(errors: readonly ValidationErrorLike[], value: unknown, context: ParserContext): Rejection;
export declare function formatValidationErrors(errors: readonly ValidationErrorLike[] | null | undefined, value: unknown, context?: ParserContext): string;
