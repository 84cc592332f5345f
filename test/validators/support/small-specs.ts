// Small specs, each aimed at one family of the validators' rewrites (merged
// alternatives, collapsed open enums, int32 fast tests, code-point lengths, dispatch on
// a tag, nullable properties): the agreement tests compare guard, validator and AJV on them.
import type { SmallSpec } from "./near-values.js";

export const smallSpecs: SmallSpec[] = [
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
  {
    name: "nullable properties, as the spec writes `T | null`",
    typespec: `
      model Inner { a: int32; b?: string | null; }
      union MaxTokens { int32, "inf" }
      model Holder {
        s: string | null;
        i?: Inner | null;
        t?: MaxTokens | null;
        e?: "x" | "y" | null;
        n?: int32 | null;
        list?: (string | null)[];
        map?: Record<Inner | null>;
      }`,
    roots: ["Holder", "Inner"],
    keys: ["s", "i", "t", "e", "n", "list", "map", "a", "b"],
    strings: ["inf", "x", "y", "z"],
  },
];
