import type { JsonSchema } from "../../json-schema/type-schemas.js";
import { definitionName, definitionPointer } from "../../json-schema/pointers.js";
import { typeIdentifier } from "../../escape.js";
import { ANNOTATIONS, constrains } from "../annotations.js";
import { Identifiers } from "./identifiers.js";
import {
  and, call, constant, eq, exportList, failIf, forEachIndex, forEachKey, functionDeclaration, ge, gt, id, ifThen, le, literal,
  lt, member, ne, not, num, or, returnFalse, returnTrue, str, switchOn, ts, typeOf, undefinedValue, type Expr,
} from "./js-ast.js";

const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
const STRING_KEYWORDS = ["minLength", "maxLength", "pattern"];
const ARRAY_KEYWORDS = ["items", "minItems", "maxItems"];
const OBJECT_KEYWORDS = ["properties", "required", "additionalProperties", "dependencies", "discriminator", "oneOf"];
const HANDLED = new Set(["$ref", "type", "const", "enum", "anyOf", ...NUMBER_KEYWORDS, ...STRING_KEYWORDS, ...ARRAY_KEYWORDS, ...OBJECT_KEYWORDS]);

/** Names of the helpers every guard module defines (see `helperStatements`). */
const IS_PLAIN_OBJECT = "isPlainObject";
const HAS_OWN = "hasOwn";
const CODE_POINTS = "codePointLength";

/**
 * Boolean guards compiled from the validation schema: one function per `$defs`
 * entry, answering only "valid or not" with none of AJV's error bookkeeping, and
 * a `switch` on the discriminator. A guard is allowed to say "no" to a valid value
 * (an object with an unusual prototype), never "yes" to an invalid one; the
 * validators ask AJV whenever a guard says no.
 */
export function buildGuardStatements(bundle: JsonSchema, exported: readonly [exportName: string, definition: string][]): ts.Statement[] {
  const defs = bundle.$defs as Record<string, JsonSchema>;
  const functions: ts.Statement[] = [];
  const constants: ts.Statement[] = [];
  const identifiers = new Identifiers([IS_PLAIN_OBJECT, HAS_OWN, CODE_POINTS]);
  const patterns = new Map<string, string>();
  /** One `RegExp` per distinct pattern, shared by every guard that uses it. */
  const patternConstant = (pattern: string): string => {
    if (!patterns.has(pattern)) {
      const name = identifiers.claim(`pattern${patterns.size + 1}`);
      patterns.set(pattern, name);
      constants.push(constant(name, ts.factory.createNewExpression(id("RegExp"), undefined, [str(pattern), str("u")])));
    }
    return patterns.get(pattern)!;
  };
  const built = new Set<string>();
  const queue: string[] = [];
  const fnName = (definition: string): string => identifiers.claimFor(`guard:${definition}`, `is_${typeIdentifier(definition)}`);
  /**
   * An object definition also gets a body function that assumes a plain object,
   * so a discriminated union, which has already tested that, does not test the
   * prototype again for the variant it dispatches to.
   */
  const isObjectDefinition = (definition: string) => defs[definition]?.type === "object";
  const bodyName = (definition: string): string => identifiers.claimFor(`body:${definition}`, `${fnName(definition)}_body`);

  const refFunction = (ref: string): string => {
    const definition = definitionName(ref);
    if (definition === undefined || !(definition in defs)) throw new Error(`guard code: unresolved $ref ${ref}`);
    if (!built.has(definition)) {
      built.add(definition);
      queue.push(definition);
    }
    return fnName(definition);
  };

  const functionBody = (owner: string, assumePlainObject = false) => {
    const rootValue = id("v");
    let counter = 0;
    let hoisted = 0;
    const fresh = (prefix: string) => `${prefix}${++counter}`;

    /** A schema as a function of its own, for places that need an expression (`anyOf` branches). */
    const asFunction = (schema: JsonSchema): string => {
      const meaningful = Object.keys(schema).filter((keyword) => !ANNOTATIONS.has(keyword));
      if (meaningful.length === 1 && typeof schema.$ref === "string") return refFunction(schema.$ref);
      const name = identifiers.claim(`${owner}_${++hoisted}`);
      // A fresh `v`, not the owner's: a hoisted branch cannot assume what its owner's caller checked.
      functions.push(functionDeclaration(name, "v", [...check(schema, id("v")), returnTrue()]));
      return name;
    };

    const check = (schema: JsonSchema, value: Expr): ts.Statement[] => {
      for (const keyword of Object.keys(schema)) {
        if (!ANNOTATIONS.has(keyword) && !HANDLED.has(keyword)) throw new Error(`guard code: keyword ${keyword} is not supported`);
      }
      const statements: ts.Statement[] = [];
      if (typeof schema.$ref === "string") statements.push(failIf(not(call(refFunction(schema.$ref), value))));
      const types = schema.type === undefined ? undefined : ([] as string[]).concat(schema.type as string | string[]);
      const typeKnown = assumePlainObject && value === rootValue && types?.length === 1 && types[0] === "object";
      const int32 = isInt32(schema, types);
      if (int32) statements.push(failIf(not(int32Test(value))));
      else if (types && !typeKnown) statements.push(failIf(not(or(...types.map((type) => typeTest(type, value))))));
      if (schema.const !== undefined) statements.push(failIf(ne(value, literal(schema.const))));
      if (Array.isArray(schema.enum)) statements.push(failIf(not(or(...schema.enum.map((member) => eq(value, literal(member)))))));
      if (Array.isArray(schema.anyOf)) {
        statements.push(failIf(not(or(...(schema.anyOf as JsonSchema[]).map((branch) => call(asFunction(branch), value))))));
      }
      const group = (type: string, keywords: readonly string[], build: () => ts.Statement[]) => {
        if (!keywords.some((keyword) => schema[keyword] !== undefined)) return;
        const body = build();
        // Keywords of one type ignore values of other types; a single asserted type needs no second test.
        if (types?.length === 1 && (types[0] === type || (type === "number" && types[0] === "integer"))) statements.push(...body);
        else statements.push(ifThen(type === "object" ? objectLike(value) : typeTest(type, value), type === "object" ? [failIf(not(call(IS_PLAIN_OBJECT, value))), ...body] : body));
      };
      if (!int32) group("number", NUMBER_KEYWORDS, () => numberChecks(schema, value));
      group("string", STRING_KEYWORDS, () => stringChecks(schema, value));
      group("array", ARRAY_KEYWORDS, () => arrayChecks(schema, value));
      group("object", OBJECT_KEYWORDS, () => objectChecks(schema, value));
      return statements;
    };

    const numberChecks = (schema: JsonSchema, value: Expr): ts.Statement[] => {
      const statements: ts.Statement[] = [];
      if (typeof schema.minimum === "number") statements.push(failIf(lt(value, num(schema.minimum))));
      if (typeof schema.maximum === "number") statements.push(failIf(gt(value, num(schema.maximum))));
      if (typeof schema.exclusiveMinimum === "number") statements.push(failIf(le(value, num(schema.exclusiveMinimum))));
      if (typeof schema.exclusiveMaximum === "number") statements.push(failIf(ge(value, num(schema.exclusiveMaximum))));
      return statements;
    };

    const stringChecks = (schema: JsonSchema, value: Expr): ts.Statement[] => {
      const statements: ts.Statement[] = [];
      const length = member(value, "length");
      // AJV counts code points; `length` counts UTF-16 units, at most twice as many: only the band in between needs counting.
      if (typeof schema.minLength === "number") {
        const min = schema.minLength;
        statements.push(failIf(or(lt(length, num(min)), and(lt(length, num(2 * min)), lt(call(CODE_POINTS, value), num(min))))));
      }
      if (typeof schema.maxLength === "number") {
        const max = schema.maxLength;
        statements.push(failIf(and(gt(length, num(max)), or(gt(length, num(2 * max)), gt(call(CODE_POINTS, value), num(max))))));
      }
      if (typeof schema.pattern === "string") {
        statements.push(failIf(not(call(member(id(patternConstant(schema.pattern)), "test"), value))));
      }
      return statements;
    };

    const arrayChecks = (schema: JsonSchema, value: Expr): ts.Statement[] => {
      const statements: ts.Statement[] = [];
      const length = member(value, "length");
      if (typeof schema.minItems === "number") statements.push(failIf(lt(length, num(schema.minItems))));
      if (typeof schema.maxItems === "number") statements.push(failIf(gt(length, num(schema.maxItems))));
      if (schema.items !== undefined && constrains(schema.items as JsonSchema)) {
        const index = fresh("i");
        const item = fresh("e");
        statements.push(forEachIndex(index, value, [constant(item, ts.factory.createElementAccessExpression(value, id(index))), ...check(schema.items as JsonSchema, id(item))]));
      }
      return statements;
    };

    const objectChecks = (schema: JsonSchema, value: Expr): ts.Statement[] => {
      const statements: ts.Statement[] = [];
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      // Required properties without a schema of their own are only tested for presence.
      for (const key of required) {
        if (!(key in properties) || !constrains(properties[key]!)) statements.push(failIf(eq(ownValue(value, key), undefinedValue())));
      }
      // Each property is read once: a required one must be there, an optional one is checked when there.
      const locals = new Map<string, Expr>();
      for (const [key, propertySchema] of Object.entries(properties)) {
        if (!constrains(propertySchema)) continue;
        const local = fresh("p");
        locals.set(key, id(local));
        statements.push(constant(local, ownValue(value, key)));
        if (required.has(key)) statements.push(failIf(eq(id(local), undefinedValue())), ...check(propertySchema, id(local)));
        else statements.push(ifThen(ne(id(local), undefinedValue()), check(propertySchema, id(local))));
      }
      if (schema.additionalProperties !== undefined) statements.push(additionalChecks(schema.additionalProperties as JsonSchema | boolean, Object.keys(properties), value));
      for (const [key, dependent] of Object.entries((schema.dependencies ?? {}) as Record<string, JsonSchema>)) {
        statements.push(ifThen(ne(ownValue(value, key), undefinedValue()), check(dependent, value)));
      }
      if (schema.discriminator) statements.push(dispatch(schema, value, locals));
      else if (schema.oneOf) throw new Error("guard code: oneOf without discriminator is not supported");
      return statements;
    };

    const additionalChecks = (additional: JsonSchema | boolean, known: string[], value: Expr): ts.Statement => {
      const key = fresh("k");
      const unknown: ts.Statement[] =
        additional === false ? [returnFalse()] : (() => {
          const local = fresh("a");
          return [constant(local, ts.factory.createElementAccessExpression(value, id(key))), ...check(additional as JsonSchema, id(local)), ts.factory.createBreakStatement()];
        })();
      const knownGroup = known.length > 0 ? [{ labels: known.map(str), body: [ts.factory.createBreakStatement()] }] : [];
      return forEachKey(key, value, [switchOn(id(key), knownGroup, unknown)]);
    };

    /** The discriminator as a `switch`: one step to the variant, as AJV's `discriminator` keyword does. */
    const dispatch = (schema: JsonSchema, value: Expr, locals: ReadonlyMap<string, Expr>): ts.Statement => {
      const tag = (schema.discriminator as { propertyName: string }).propertyName;
      const groups = (schema.oneOf as JsonSchema[]).map((branch) => {
        refFunction(branch.$ref as string);
        const definition = definitionName(branch.$ref)!;
        const tagSchema = ((defs[definition]!.properties ?? {}) as Record<string, JsonSchema>)[tag] ?? {};
        const values = tagSchema.const !== undefined ? [tagSchema.const] : ((tagSchema.enum ?? []) as unknown[]);
        const callee = isObjectDefinition(definition) ? bodyName(definition) : fnName(definition);
        return { labels: values.map(literal), body: [failIf(not(call(callee, value))), ts.factory.createBreakStatement()] };
      });
      // The tag was usually read into a local by the property checks above: switch on that.
      return switchOn(locals.get(tag) ?? ownValue(value, tag), groups, [returnFalse()]);
    };

    return { check, rootValue };
  };

  const exportedNames = exported.map(([exportName, definition]) => [refFunction(definitionPointer(definition)), exportName] as [string, string]);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const name = fnName(next);
    if (isObjectDefinition(next)) {
      const { check, rootValue } = functionBody(bodyName(next), true);
      functions.push(functionDeclaration(bodyName(next), "v", [...check(defs[next]!, rootValue), returnTrue()]));
      functions.push(functionDeclaration(name, "v", [ts.factory.createReturnStatement(and(call(IS_PLAIN_OBJECT, id("v")), call(bodyName(next), id("v"))))]));
    } else {
      const { check } = functionBody(name);
      functions.push(functionDeclaration(name, "v", [...check(defs[next]!, id("v")), returnTrue()]));
    }
  }
  return [...helperStatements(), ...constants, ...functions, exportList(exportedNames)];
}

function typeTest(type: string, value: Expr): Expr {
  switch (type) {
    case "string":
    case "boolean":
      return typeOf(value, type);
    case "number":
      return and(typeOf(value, "number"), call(member(id("Number"), "isFinite"), value));
    case "integer":
      return call(member(id("Number"), "isInteger"), value);
    case "null":
      return eq(value, ts.factory.createNull());
    case "array":
      return call(member(id("Array"), "isArray"), value);
    case "object":
      return call(IS_PLAIN_OBJECT, value);
    default:
      throw new Error(`guard code: type ${type} is not supported`);
  }
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** An integer bounded to the int32 range and nothing more: one `(v | 0) === v` test covers type and bounds. */
function isInt32(schema: JsonSchema, types: string[] | undefined): boolean {
  return (
    types?.length === 1 && types[0] === "integer" && schema.minimum === INT32_MIN && schema.maximum === INT32_MAX &&
    schema.exclusiveMinimum === undefined && schema.exclusiveMaximum === undefined
  );
}

/** `typeof v === "number" && (v | 0) === v`; the `typeof` first, so `|` never calls an object's `valueOf`. */
function int32Test(value: Expr): Expr {
  const f = ts.factory;
  return and(typeOf(value, "number"), eq(f.createParenthesizedExpression(f.createBinaryExpression(value, ts.SyntaxKind.BarToken, num(0))), value));
}

function objectLike(value: Expr): Expr {
  return and(typeOf(value, "object"), ne(value, ts.factory.createNull()), not(call(member(id("Array"), "isArray"), value)));
}

/**
 * The value of an own property. Guards only look into plain objects (prototype
 * `Object.prototype` or null), where a read finds an own property or nothing,
 * except for the names `Object.prototype` itself defines (`constructor`,
 * `toString`, …), which are read through `hasOwnProperty`.
 */
function ownValue(object: Expr, key: string): Expr {
  if (!(key in Object.prototype)) return member(object, key);
  const own = call(member(id(HAS_OWN), "call"), object, str(key));
  return ts.factory.createConditionalExpression(own, undefined, ts.factory.createElementAccessExpression(object, str(key)), undefined, undefinedValue());
}

/** The module's helpers: the plain-object test, `hasOwnProperty`, and a code-point counter for length limits. */
function helperStatements(): ts.Statement[] {
  const f = ts.factory;
  const proto = "proto";
  const isPlain = functionDeclaration(IS_PLAIN_OBJECT, "v", [
    failIf(not(objectLike(id("v")))),
    constant(proto, call(member(id("Object"), "getPrototypeOf"), id("v"))),
    f.createReturnStatement(or(eq(id(proto), member(id("Object"), "prototype")), eq(id(proto), f.createNull()))),
  ]);
  const hasOwn = constant(HAS_OWN, member(member(id("Object"), "prototype"), "hasOwnProperty"));
  const countLoop = f.createForOfStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration("_")], ts.NodeFlags.Const), id("v"), f.createExpressionStatement(f.createPostfixIncrement(id("n"))));
  const codePoints = functionDeclaration(CODE_POINTS, "v", [
    f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration("n", undefined, undefined, num(0))], ts.NodeFlags.Let)),
    countLoop,
    f.createReturnStatement(id("n")),
  ]);
  return [hasOwn, isPlain, codePoints];
}
