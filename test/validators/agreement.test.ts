// The three answers a consumer can get about a value must agree: the guard
// `is<Name>` (the fast path), `validate<Name>` (guard, then AJV standalone code on
// the rewritten validation schema), and AJV compiling the emitted schema.json at
// run time (the reference). The guard may say "no" to a valid value with an unusual
// prototype, never "yes" to an invalid one, and on plain JSON it gives AJV's verdict;
// the validator must always give exactly AJV's verdict. Each spec is
// small and aims at one family of rewrites (merged alternatives, collapsed open
// enums, int32 fast tests, code-point lengths, dispatch on a tag).
import Ajv from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emittedValidators } from "./support/emitted-module.js";

interface Spec {
  name: string;
  typespec: string;
  /** The declarations to compare (each has `is<Name>` and `validate<Name>`). */
  roots: string[];
  /** Property names and tag values worth drawing, so objects come close to valid. */
  keys: string[];
  strings: string[];
}

const specs: Spec[] = [
  {
    name: "numbers",
    typespec: `model Numbers { f: float64; i: int32; u?: uint8; @minValue(0.5) @maxValueExclusive(10) r?: float32; s?: safeint; }`,
    roots: ["Numbers"],
    keys: ["f", "i", "u", "r", "s"],
    strings: [],
  },
  {
    name: "unions of numbers and strings",
    typespec: `
      union IntOrFloat { int32, float64 }
      union MaxTokens { int32, "inf" }
      model Holder { v: int32 | float64; w?: IntOrFloat; t?: MaxTokens; b?: boolean | null; }`,
    roots: ["Holder"],
    keys: ["v", "w", "t", "b"],
    strings: ["inf"],
  },
  {
    name: "open enums",
    typespec: `
      union N { int32, 1, 2 }
      @maxLength(5) @pattern("^[a-z]+$") scalar Short extends string;
      union S { Short, "a", "bb" }
      union Plain { string, "x", "y" }
      union Half { int32, 1.5 }
      model Custom { type: "custom"; name: string; }
      union Voice { S, Custom }
      model Holder { n: N; s?: S; p?: Plain; h?: Half; v?: Voice; }`,
    roots: ["Holder", "Voice"],
    keys: ["n", "s", "p", "h", "v", "type", "name"],
    strings: ["a", "bb", "x", "y", "abcdef", "ABC", "custom"],
  },
  {
    name: "constrained strings, records and arrays",
    typespec: `
      model Text {
        @minLength(2) @maxLength(4) name: string;
        @pattern("^[a-z]+$") code?: string;
        tags?: Record<int32>;
        @minItems(1) @maxItems(3) items?: string[];
        nested?: Text[];
      }`,
    roots: ["Text"],
    keys: ["name", "code", "tags", "items", "nested", "a"],
    strings: ["ab", "abcd", "abcde", "😀😀", "😀😀😀😀😀", "A"],
  },
  {
    name: "a discriminated union with a non-object alternative",
    typespec: `
      @discriminator("type") model Event { type: string; id?: string; }
      model Created extends Event { type: "created"; name: string; }
      model Deleted extends Event { type: "deleted"; count?: int32; }
      model Foo { a: int32; }
      model Foo_body { b: string; }
      union Target { string, Created, Deleted }
      model Holder { e: Event; f?: Foo; g?: Foo_body; t?: Target; }`,
    roots: ["Event", "Target", "Holder", "Foo", "Foo_body"],
    keys: ["type", "id", "name", "count", "e", "f", "g", "t", "a", "b"],
    strings: ["created", "deleted", "x"],
  },
  {
    name: "a @discriminated union in its default envelope",
    typespec: `
      model Cat { meow?: string; lives?: int32; }
      model Dog { bark?: string; }
      @discriminated union Pet { cat: Cat, dog: Dog }`,
    roots: ["Pet"],
    keys: ["kind", "value", "meow", "lives", "bark"],
    strings: ["cat", "dog", "x"],
  },
  {
    name: "a @discriminated union without envelope and with a string default",
    typespec: `
      model A { kind: "a"; x?: int32; }
      model B { kind: "b"; y?: string; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" }) union U { a: A, b: B, string }`,
    roots: ["U"],
    keys: ["kind", "x", "y"],
    strings: ["a", "b", "x"],
  },
];

/** JSON values near the spec's shapes: objects keyed mostly by its property names, leaves that sit on its bounds. */
function nearValues(spec: Spec): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(0, 1, 2, -1, 1.5, 0.5, 10, 255, 256, 3e9, -3e9, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 1e20, 2 ** 53, -0) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 3, arbitrary: fc.constantFrom("", ...spec.strings) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.oneof(fc.boolean(), fc.constant(null)) },
  );
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...spec.keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) });
  const { value, object } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, { weight: 4, arbitrary: leaf }, { weight: 2, arbitrary: tie("object") }, { weight: 1, arbitrary: tie("array") }),
    object: fc.dictionary(key, tie("value"), { maxKeys: 5 }),
    array: fc.array(tie("value"), { maxLength: 4 }),
  }));
  // Mostly objects at the top: every compared declaration is one or admits one.
  return fc.oneof({ weight: 4, arbitrary: object }, { weight: 1, arbitrary: value }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
}

/** AJV on the emitted schema, with the options the generated validators were built with. */
function referenceValidator(schema: { $id: string }) {
  const ajv = new Ajv.default({ discriminator: true, strict: false, allowUnionTypes: true, validateFormats: false, ownProperties: true });
  ajv.addSchema(schema);
  return (name: string) => ajv.getSchema(`${schema.$id}#/$defs/${encodeURIComponent(name)}`)!;
}

describe.each(specs)("guard, validator and AJV agree: $name", (spec) => {
  it("on arbitrary JSON near the spec's shapes", async () => {
    const { module, schema } = await emittedValidators(spec.typespec);
    const reference = referenceValidator(schema);
    for (const root of spec.roots) {
      const guard = module[`is${root}`]!;
      const validate = module[`validate${root}`]!;
      const ajv = reference(root);
      fc.assert(
        fc.property(nearValues(spec), (value) => {
          const expected = ajv(value);
          // These values are plain JSON, on which the guard gives AJV's verdict: a wrong "yes"
          // would let an invalid value through, a wrong "no" would send a valid one to AJV.
          expect(guard(value), `is${root} disagrees with AJV`).toBe(expected);
          expect(validate(value), `validate${root} disagrees with AJV`).toBe(expected);
        }),
        { numRuns: 1500 },
      );
    }
  });
});
