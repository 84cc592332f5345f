/** Names of the helpers every guard module defines (see `module-helpers.ts`); no guard may take them. */
export const IS_PLAIN_OBJECT = "isPlainObject";
export const HAS_OWN = "hasOwn";
export const CODE_POINT_LENGTH = "codePointLength";

export const HELPER_NAMES: readonly string[] = [IS_PLAIN_OBJECT, HAS_OWN, CODE_POINT_LENGTH];
