/**
 * Type-level assertions the generated check files use (see `check-source.ts`). They
 * live in a real file so tsc checks them with the rest of the tests.
 */

/** An event's payload: the union member with that `type`, without `type` (the event mapping pairs the names). */
export type Payload<Union, Type extends string> = Omit<Extract<Union, { type: Type }>, "type">;

/**
 * The checker's identity relation: the same properties, each equally optional and of
 * an identical type, all the way down. This is the report's "identical"; mutual
 * assignability alone is weaker (a property that is optional on one side only is
 * assignable both ways).
 */
export type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type Not<T extends boolean> = T extends true ? false : true;

/** Fails to compile, at the use site, unless `T` is `true`. */
export type Expect<T extends true> = T;
