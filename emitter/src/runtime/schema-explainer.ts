/**
 * Bundled into every generated validators module: the error path of a `validate<Name>`,
 * run only after its boolean guard said no. It gives the answer and the `.errors` that
 * AJV's standalone code, compiled with this project's options (AJV_OPTIONS: draft-07,
 * `allErrors: false`, `ownProperties`, `discriminator`, `inlineRefs: false`, strict
 * numbers, `unicodeRegExp`), gives: the same first failure, in the same words, with the
 * same `schemaPath` (from the definition whose function AJV would have compiled), and
 * for an `anyOf` every alternative's failure before its own. AJV's code for a large
 * union is mostly that bookkeeping, written out at every place that can fail; here it
 * is written once, and the places are data.
 *
 * The validation schema comes as data (schema-data-module.ts): one function per
 * definition that builds it (so loading the module builds no schema, and a bundler
 * keeps only the definitions an import reaches), `$ref` that function, beside it the
 * definition's boolean guard where it has one, every schema object without a prototype
 * (so a polluted Object.prototype adds no keyword). The guard gives AJV's verdict, so a part of the value it accepts is passed
 * over; only the parts on the way to the failure are walked. A guard that throws
 * throws what this walk would have thrown reading the same property. A definition is compiled on first use
 * into closures (no code from strings; its lists built by literals, spreads and `map`,
 * never `push`, since it runs under whatever Object.prototype the caller has, and a
 * getter-only index there makes `push` throw), with keywords in AJV's order (its RULES: the
 * untyped keywords, then the number, string, array and object groups), each reading
 * the value as AJV's code reads it. The emitter hands over only schemas made of the
 * keywords below (explainable.ts); test/validators/schema-explainer.test.ts compares
 * answers and errors with AJV's.
 */
import { fragmentSegment, pointerSegment } from "./json-pointer.js";
import { hasOwn, type ErrorReportingValidator, type ValidationError } from "./validation-error.js";

/** One schema of the validation schema, with `$ref` a function that builds the definition. */
export type SchemaData = boolean | { readonly [keyword: string]: unknown };
/** A definition as the data module writes it: a function that builds its schema (anew on every call). */
export type Definition = () => SchemaData;
type Node = { readonly [keyword: string]: unknown };
type Failure = ValidationError[] | null;
/**
 * A compiled schema: the errors of the first failure of `data`, or null when it passes.
 * Their `instancePath` starts at `data`; each level prefixes its own segment on the way
 * out (`under`), so a part that passes costs no path.
 */
type Check = (data: unknown) => Failure;

/**
 * `validate<Name>`'s explaining half for one definition, as the data module calls it from
 * `function validateX(value) { return explainAgainst(validateX, d3, value); }`: `true`,
 * or `false` with `explain.errors` set. Throws what reading the value throws.
 */
export function explainAgainst(explain: ErrorReportingValidator, definition: Definition, value: unknown): boolean {
  const errors = definitionCheck(definition)(value);
  explain.errors = errors;
  return errors === null;
}

const compiled = new WeakMap<Definition, Check>();

/** A definition, built and compiled once, on first use; its schemaPath starts at "#", as in AJV's function for it. */
function definitionCheck(definition: Definition): Check {
  let check = compiled.get(definition);
  if (check === undefined) compiled.set(definition, (check = compile(definition(), "#", false)));
  return check;
}

const PASS: Check = () => null;

/** AJV's `ownProperties` test of a property: defined, and the object's own. */
const present = (data: Record<string, unknown>, key: string) => data[key] !== undefined && hasOwn.call(data, key);

/** An always-valid schema: AJV writes no code for it, so it reads nothing. */
const alwaysValid = (schema: SchemaData) => schema === true || (typeof schema === "object" && Object.keys(schema).length === 0);

/** An error at the place being checked: its `instancePath` is filled in by `under` on the way out. */
function error(at: string, keyword: string, params: Record<string, unknown>, message: string): ValidationError {
  return { instancePath: "", schemaPath: `${at}/${keyword}`, keyword, params, message };
}

/** The errors of a part of the value, moved to where the part is (`segment`: `/name` or `/3`). Each error belongs to one list, so it is changed in place. */
function under(errors: ValidationError[], segment: string): ValidationError[] {
  for (let index = 0; index < errors.length; index++) errors[index]!.instancePath = segment + errors[index]!.instancePath;
  return errors;
}

/**
 * `schema` at `at` (its schemaPath within its definition). `composite`: inside an
 * `anyOf` alternative of the same definition, where AJV collects an error instead of
 * returning it; there a wrong type, checked up front, does not stop the untyped keywords
 * after it (AJV writes no `else` for it), only the groups after those.
 */
function compile(schema: SchemaData, at: string, composite: boolean): Check {
  if (typeof schema === "boolean") return PASS;
  const ref = schema.$ref as Definition | undefined;
  if (ref !== undefined) {
    // Resolved when first run: definitions refer to each other, and to themselves.
    let target: Check | undefined;
    const walk: Check = (data) => (target ??= definitionCheck(ref))(data);
    // The definition's guard gives the same answer far sooner: a part it accepts has no failure to explain.
    const guard = schema.guard as ((data: unknown) => boolean) | undefined;
    return guard === undefined ? walk : (data) => (guard(data) ? null : walk(data));
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const typeFailure = (): Failure => [error(at, "type", { type: schema.type }, `must be ${String(schema.type)}`)];
  const groupOfType = GROUPS.find((group) => types.length === 1 && group.type === types[0] && usesGroup(schema, group));
  const untyped = sequence(untypedChecks(schema, at));
  let head = untyped;
  // The type is checked first, unless it is one type whose group of keywords the schema uses: then in that group.
  if (types.length > 0 && groupOfType === undefined) {
    const tests = types.map((type) => TYPE_TESTS[type]!);
    const [only] = tests;
    // Most schemas have one type: tested directly, not through `some` and a closure per call.
    const wrongType: Check =
      tests.length === 1 ? (data) => (only!(data) ? null : typeFailure()) : (data) => (tests.some((test) => test(data)) ? null : typeFailure());
    head = untyped === PASS
      ? wrongType
      : composite
      ? (data) => {
          const wrong = wrongType(data);
          const after = untyped(data);
          return wrong === null ? after : after === null ? wrong : wrong.concat(after);
        }
      : (data) => wrongType(data) ?? untyped(data);
  }
  const groupSteps = GROUPS.filter((group) => usesGroup(schema, group)).map((group): Check => {
    const check = group.compile(schema, at, composite);
    const test = TYPE_TESTS[group.type]!;
    const otherwise = group === groupOfType ? typeFailure : () => null;
    return (data) => (test(data) ? check(data) : otherwise());
  });
  return sequence(head === PASS ? groupSteps : [head, ...groupSteps]);
}

/** Each step in turn, up to the first that fails. */
function sequence(steps: readonly Check[]): Check {
  if (steps.length === 0) return PASS;
  if (steps.length === 1) return steps[0]!;
  if (steps.length === 2) {
    // The most common length, without the loop.
    const [first, second] = steps as [Check, Check];
    return (data) => first(data) ?? second(data);
  }
  return (data) => {
    for (let index = 0; index < steps.length; index++) {
      const found = steps[index]!(data);
      if (found !== null) return found;
    }
    return null;
  };
}

/** AJV's data types, with strict numbers (no NaN or infinity). */
const TYPE_TESTS: Readonly<Record<string, (data: unknown) => boolean>> = {
  null: (data) => data === null,
  boolean: (data) => typeof data === "boolean",
  string: (data) => typeof data === "string",
  number: (data) => typeof data === "number" && Number.isFinite(data),
  integer: (data) => typeof data === "number" && !(data % 1) && !Number.isNaN(data) && Number.isFinite(data),
  array: (data) => Array.isArray(data),
  object: (data) => data !== null && typeof data === "object" && !Array.isArray(data),
};

/** const, enum, then anyOf (oneOf does nothing beside a discriminator, the only place it is found). */
function untypedChecks(schema: Node, at: string): Check[] {
  return [...constCheck(schema, at), ...enumCheck(schema, at), ...anyOfCheck(schema, at)];
}

function constCheck(schema: Node, at: string): Check[] {
  if (!hasOwn.call(schema, "const")) return [];
  const allowedValue = schema.const;
  return [(data) => (data === allowedValue ? null : [error(at, "const", { allowedValue }, "must be equal to constant")])];
}

function enumCheck(schema: Node, at: string): Check[] {
  const allowedValues = schema.enum as readonly unknown[] | undefined;
  if (allowedValues === undefined) return [];
  // Primitive values only (explainable.ts): AJV compares them with ===.
  return [(data) => (allowedValues.includes(data) && !Number.isNaN(data) ? null : [error(at, "enum", { allowedValues }, "must be equal to one of the allowed values")])];
}

function anyOfCheck(schema: Node, at: string): Check[] {
  const anyOf = schema.anyOf as SchemaData[] | undefined;
  if (anyOf === undefined || anyOf.some(alwaysValid)) return [];
  const alternatives = anyOf.map((alternative, index) => compile(alternative, `${at}/anyOf/${index}`, true));
  return [
    (data) => {
      // Joined with concat, which defines its elements: with a getter-only "0" on a
      // polluted Object.prototype, an array's push would throw.
      let errors: ValidationError[] = [];
      for (const alternative of alternatives) {
        const found = alternative(data);
        if (found === null) return null;
        errors = errors.concat(found);
      }
      return errors.concat([error(at, "anyOf", {}, "must match a schema in anyOf")]);
    },
  ];
}

interface Group {
  type: string;
  keywords: readonly string[];
  /** The group's keywords of `schema`, run only on data of the group's type. */
  compile(schema: Node, at: string, composite: boolean): Check;
}

const usesGroup = (schema: Node, group: Group) => group.keywords.some((keyword) => schema[keyword] !== undefined);

/** A `limit` keyword of `schema` as a check, when the schema has it. */
function limitCheck(schema: Node, at: string, keyword: string, fails: (data: never, limit: number) => boolean, describe: (limit: number) => [Record<string, unknown>, string]): Check[] {
  const limit = schema[keyword] as number | undefined;
  if (limit === undefined) return [];
  const [params, message] = describe(limit);
  return [(data) => (fails(data as never, limit) ? [error(at, keyword, { ...params }, message)] : null)];
}

const COMPARISONS: readonly (readonly [string, string, (data: number, limit: number) => boolean])[] = [
  ["maximum", "<=", (data, limit) => data > limit],
  ["minimum", ">=", (data, limit) => data < limit],
  ["exclusiveMaximum", "<", (data, limit) => data >= limit],
  ["exclusiveMinimum", ">", (data, limit) => data <= limit],
];

/** AJV's keyword groups by data type, each in AJV's order. */
const GROUPS: readonly Group[] = [
  {
    type: "number",
    // Written out, not mapped from COMPARISONS: a call at the top level would keep this module in a bundle that never explains.
    keywords: ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"],
    compile: (schema, at) =>
      sequence(COMPARISONS.flatMap(([keyword, comparison, fails]) => limitCheck(schema, at, keyword, fails, (limit) => [{ comparison, limit }, `must be ${comparison} ${limit}`]))),
  },
  {
    type: "string",
    keywords: ["maxLength", "minLength", "pattern"],
    compile: (schema, at) =>
      sequence([
        ...limitCheck(schema, at, "maxLength", (data: string, limit) => codePoints(data) > limit, (limit) => [{ limit }, `must NOT have more than ${limit} characters`]),
        ...limitCheck(schema, at, "minLength", (data: string, limit) => codePoints(data) < limit, (limit) => [{ limit }, `must NOT have fewer than ${limit} characters`]),
        ...patternCheck(schema, at),
      ]),
  },
  {
    type: "array",
    keywords: ["maxItems", "minItems", "items"],
    compile: (schema, at, composite) =>
      sequence([
        ...limitCheck(schema, at, "maxItems", (data: unknown[], limit) => data.length > limit, (limit) => [{ limit }, `must NOT have more than ${limit} items`]),
        ...limitCheck(schema, at, "minItems", (data: unknown[], limit) => data.length < limit, (limit) => [{ limit }, `must NOT have fewer than ${limit} items`]),
        ...itemsCheck(schema, at, composite),
      ]),
  },
  {
    type: "object",
    keywords: ["required", "additionalProperties", "dependencies", "properties", "discriminator"],
    // Run on objects only: the checks take the data as one.
    compile: (schema, at, composite) =>
      sequence([
        ...requiredChecks(schema, at),
        ...additionalChecks(schema, at, composite),
        ...dependencyChecks(schema, at, composite),
        ...propertyChecks(schema, at, composite),
        ...discriminatorChecks(schema, at, composite),
      ] as Check[]),
  },
];

function patternCheck(schema: Node, at: string): Check[] {
  const pattern = schema.pattern as string | undefined;
  if (pattern === undefined) return [];
  // With the `u` flag, as AJV's `unicodeRegExp`.
  const regExp = new RegExp(pattern, "u");
  return [(data) => (regExp.test(data as string) ? null : [error(at, "pattern", { pattern }, `must match pattern "${pattern}"`)])];
}

function itemsCheck(schema: Node, at: string, composite: boolean): Check[] {
  const items = schema.items as SchemaData | undefined;
  if (items === undefined || alwaysValid(items)) return [];
  const item = compile(items, `${at}/items`, composite);
  return [
    (data) => {
      const array = data as unknown[];
      const length = array.length;
      for (let index = 0; index < length; index++) {
        const found = item(array[index]);
        if (found !== null) return under(found, `/${index}`);
      }
      return null;
    },
  ];
}

type ObjectCheck = (data: Record<string, unknown>) => Failure;

function requiredChecks(schema: Node, at: string): ObjectCheck[] {
  const required = schema.required as readonly string[] | undefined;
  if (required === undefined || required.length === 0) return [];
  return [
    (data) => {
      for (let index = 0; index < required.length; index++) {
        const name = required[index]!;
        if (!present(data, name)) return [error(at, "required", { missingProperty: name }, `must have required property '${name}'`)];
      }
      return null;
    },
  ];
}

function additionalChecks(schema: Node, at: string, composite: boolean): ObjectCheck[] {
  const additional = schema.additionalProperties as SchemaData | undefined;
  if (additional === undefined || alwaysValid(additional)) return [];
  const known = new Set(Object.keys((schema.properties ?? {}) as object));
  const check = additional === false ? undefined : compile(additional, `${at}/additionalProperties`, composite);
  return [
    (data) => {
      for (const key of Object.keys(data)) {
        if (known.has(key)) continue;
        if (check === undefined) return [error(at, "additionalProperties", { additionalProperty: key }, "must NOT have additional properties")];
        const found = check(data[key]);
        if (found !== null) return under(found, `/${pointerSegment(key)}`);
      }
      return null;
    },
  ];
}

function dependencyChecks(schema: Node, at: string, composite: boolean): ObjectCheck[] {
  const dependencies = (schema.dependencies ?? {}) as Record<string, SchemaData>;
  return Object.keys(dependencies)
    .filter((name) => !alwaysValid(dependencies[name]!))
    .map((name) => {
      const check = compile(dependencies[name]!, `${at}/dependencies/${fragmentSegment(name)}`, composite);
      return (data) => (present(data, name) ? check(data) : null);
    });
}

function propertyChecks(schema: Node, at: string, composite: boolean): ObjectCheck[] {
  const properties = (schema.properties ?? {}) as Record<string, SchemaData>;
  const checked = Object.keys(properties)
    .filter((name) => !alwaysValid(properties[name]!))
    .map((name) => ({ name, segment: `/${pointerSegment(name)}`, check: compile(properties[name]!, `${at}/properties/${fragmentSegment(name)}`, composite) }));
  if (checked.length === 0) return [];
  // One loop over the properties rather than a step each: a rejection walks every property before the failing one.
  return [
    (data) => {
      for (let index = 0; index < checked.length; index++) {
        const { name, segment, check } = checked[index]!;
        // Read once, then the own-property test: what AJV's `ownProperties` test reads, in its order.
        const value = data[name];
        if (value === undefined || !hasOwn.call(data, name)) continue;
        const found = check(value);
        if (found !== null) return under(found, segment);
      }
      return null;
    },
  ];
}

/** AJV's `discriminator`: the tag picks the `oneOf` alternative whose `properties[tag]` has that `const` (the first, as AJV maps them). */
function discriminatorChecks(schema: Node, at: string, composite: boolean): ObjectCheck[] {
  const discriminator = schema.discriminator as { propertyName: string } | undefined;
  if (discriminator === undefined) return [];
  const tagName = discriminator.propertyName;
  const oneOf = schema.oneOf as SchemaData[];
  const mapping = new Map<unknown, Check>();
  oneOf.forEach((alternative, index) => {
    const node = alternative as Node;
    const target = (node.$ref === undefined ? node : (node.$ref as () => Node)()) as Node;
    const tagSchema = (target.properties as Record<string, Node>)[tagName]!;
    const check = compile(alternative, `${at}/oneOf/${index}`, composite);
    for (const value of tagSchema.const !== undefined ? [tagSchema.const] : (tagSchema.enum as unknown[])) if (!mapping.has(value)) mapping.set(value, check);
  });
  const tagError = (error: string, tagValue: unknown, message: string) => [
    { instancePath: "", schemaPath: `${at}/discriminator`, keyword: "discriminator", params: { error, tag: tagName, tagValue }, message },
  ];
  return [
    (data) => {
      const tag = data[tagName];
      if (typeof tag !== "string") return tagError("tag", tag, `tag "${tagName}" must be string`);
      const check = mapping.get(tag);
      return check === undefined ? tagError("mapping", tag, `value of tag "${tagName}" must be in oneOf`) : check(data);
    },
  ];
}

/** Length in code points, as AJV's ucs2length counts it. */
function codePoints(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; length++) {
    const code = text.charCodeAt(index++);
    if (code >= 0xd800 && code <= 0xdbff && index < text.length && (text.charCodeAt(index) & 0xfc00) === 0xdc00) index++;
  }
  return length;
}
