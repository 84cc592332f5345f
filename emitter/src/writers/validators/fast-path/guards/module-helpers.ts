import { call, constant, eq, failIf, functionDeclaration, id, member, not, or, str, ts } from "../js-ast.js";
import { HAS_OWN, IS_PLAIN_OBJECT, UCS2_LENGTH } from "./helper-names.js";
import { objectLike } from "./type-tests.js";

const f = ts.factory;

/**
 * The module's helpers: the plain-object test, `hasOwnProperty`, and, when a guard
 * checks a string length, AJV's code-point counter.
 */
export function helperStatements(countsCodePoints: boolean): ts.Statement[] {
  return [...(countsCodePoints ? [ucs2lengthImport()] : []), hasOwnHelper(), isPlainObjectHelper()];
}

/**
 * `import ucs2length from "ajv/dist/runtime/ucs2length.js";`: the counter AJV's own
 * code calls for `minLength` and `maxLength`, so the bundle holds one copy and the two
 * halves of a validator count alike. The module is CommonJS with `__esModule` and the
 * function as `exports.default`, which is what esbuild gives a default import of it;
 * esbuild resolves it from the emitter's directory, as it does AJV's own `require`s.
 */
function ucs2lengthImport(): ts.Statement {
  const clause = f.createImportClause(false, id(UCS2_LENGTH), undefined);
  return f.createImportDeclaration(undefined, clause, str(UCS2_LENGTH_MODULE));
}

const UCS2_LENGTH_MODULE = "ajv/dist/runtime/ucs2length.js";

/** `const hasOwn = Object.prototype.hasOwnProperty;` */
function hasOwnHelper(): ts.Statement {
  return constant(HAS_OWN, member(member(id("Object"), "prototype"), "hasOwnProperty"));
}

/** An object whose prototype is `Object.prototype` or null: the only objects a guard reads properties of. */
function isPlainObjectHelper(): ts.Statement {
  const proto = "proto";
  return functionDeclaration(IS_PLAIN_OBJECT, "v", [
    failIf(not(objectLike(id("v")))),
    constant(proto, call(member(id("Object"), "getPrototypeOf"), id("v"))),
    f.createReturnStatement(or(eq(id(proto), member(id("Object"), "prototype")), eq(id(proto), f.createNull()))),
  ]);
}
