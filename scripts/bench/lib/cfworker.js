// @cfworker/json-schema: an interpreter that walks the JSON Schema on every call (no code
// generation, so it runs where a Content Security Policy forbids eval). It takes the
// emitted schema.json as it is, as draft-07. It has no `discriminator` keyword (it
// ignores unknown keywords), so a union is its plain `oneOf`: every branch is tried to
// make sure exactly one matches. That gives the same answer as a discriminator here (the
// branches' `type` constants differ), at the cost of trying every branch. It asserts
// `format` (the bundle has two `uri` strings) and has no option to turn that off.
import { Validator } from "@cfworker/json-schema";

/** A check `(value) => boolean` of `#/$defs/<name>` (short-circuit mode: stops at the first error). */
export function compileCfworker(bundle, name) {
  const validator = new Validator({ $ref: `${bundle.id}#/$defs/${name}` }, "7", true);
  validator.addSchema(bundle.schema);
  return (value) => validator.validate(value).valid;
}
