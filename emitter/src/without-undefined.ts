/**
 * A copy of `value` without its `undefined` entries. Optional facts (bounds, docs,
 * defaults) are gathered as `key: maybeValue` and dropped here, so that an absent
 * fact never appears as a key, in the IR or in the JSON written from it.
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
