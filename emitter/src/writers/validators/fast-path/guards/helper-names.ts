/** Names of the helpers every guard module defines (see `module-helpers.ts`); no guard may take them. */
export const HAS_OWN = "hasOwn";
export const OBJECT_PROTOTYPE = "objectPrototype";
export const HAS_PLAIN_PROTOTYPE = "hasPlainPrototype";
/** AJV's code-point counter, imported by a module that checks string lengths (see `module-helpers.ts`). */
export const UCS2_LENGTH = "ucs2length";

export const HELPER_NAMES: readonly string[] = [HAS_OWN, OBJECT_PROTOTYPE, HAS_PLAIN_PROTOTYPE, UCS2_LENGTH];
