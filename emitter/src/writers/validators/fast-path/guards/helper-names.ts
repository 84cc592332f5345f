/** Names of the helpers every guard module defines (see `module-helpers.ts`); no guard may take them. */
export const IS_PLAIN_OBJECT = "isPlainObject";
export const HAS_OWN = "hasOwn";
/** AJV's code-point counter, imported by a module that checks string lengths (see `module-helpers.ts`). */
export const UCS2_LENGTH = "ucs2length";

export const HELPER_NAMES: readonly string[] = [IS_PLAIN_OBJECT, HAS_OWN, UCS2_LENGTH];
