import { call, constant, defaultImport, eq, functionDeclaration, id, member, nullValue, or, returnFalse, returnValue, tryCatch, type Statement } from "../js-ast.js";
import { HAS_OWN, HAS_PLAIN_PROTOTYPE, OBJECT_PROTOTYPE, UCS2_LENGTH } from "./helper-names.js";

/**
 * The module's helpers: `hasOwnProperty` and `Object.prototype` (taken when the
 * module loads, so that a later change to the globals cannot reach the guards),
 * the prototype test behind the own-property shortcut (own-property.ts),
 * and, when a guard checks a string length, AJV's code-point counter.
 */
export function helperStatements(countsCodePoints: boolean): Statement[] {
  return [
    ...(countsCodePoints ? [ucs2lengthImport()] : []),
    constant(OBJECT_PROTOTYPE, member(id("Object"), "prototype")),
    constant(HAS_OWN, member(id(OBJECT_PROTOTYPE), "hasOwnProperty")),
    hasPlainPrototypeHelper(),
  ];
}

/**
 * `import ucs2length from "ajv/dist/runtime/ucs2length.js";`: the counter AJV's own
 * code calls for `minLength` and `maxLength`, so the bundle holds one copy and the two
 * halves of a validator count alike. The module is CommonJS with `__esModule` and the
 * function as `exports.default`, which is what esbuild gives a default import of it;
 * esbuild resolves it from the emitter's directory, as it does AJV's own `require`s.
 */
function ucs2lengthImport(): Statement {
  return defaultImport(UCS2_LENGTH, UCS2_LENGTH_MODULE);
}

const UCS2_LENGTH_MODULE = "ajv/dist/runtime/ucs2length.js";

/**
 * Whether an object's prototype is `Object.prototype` or null: then it inherits
 * nothing but what `Object.prototype` has. A proxy whose `getPrototypeOf` trap throws
 * is not plain: it gets the exact tests, which ask only what AJV asks.
 */
function hasPlainPrototypeHelper(): Statement {
  const proto = "proto";
  return functionDeclaration(HAS_PLAIN_PROTOTYPE, "v", [
    tryCatch(
      [
        constant(proto, call(member(id("Object"), "getPrototypeOf"), id("v"))),
        returnValue(or(eq(id(proto), id(OBJECT_PROTOTYPE)), eq(id(proto), nullValue()))),
      ],
      [returnFalse()],
    ),
  ]);
}
