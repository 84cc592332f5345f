import { call, constant, eq, failIf, functionDeclaration, id, member, not, num, or, ts } from "../js-ast.js";
import { CODE_POINT_LENGTH, HAS_OWN, IS_PLAIN_OBJECT } from "./helper-names.js";
import { objectLike } from "./type-tests.js";

const f = ts.factory;

/** The module's helpers: the plain-object test, `hasOwnProperty`, and a code-point counter for length limits. */
export function helperStatements(): ts.Statement[] {
  return [hasOwnHelper(), isPlainObjectHelper(), codePointLengthHelper()];
}

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

/** The length in code points, as AJV counts `minLength` and `maxLength`: `for (const _ of v) n++`. */
function codePointLengthHelper(): ts.Statement {
  const countLoop = f.createForOfStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration("_")], ts.NodeFlags.Const), id("v"), f.createExpressionStatement(f.createPostfixIncrement(id("n"))));
  return functionDeclaration(CODE_POINT_LENGTH, "v", [
    f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration("n", undefined, undefined, num(0))], ts.NodeFlags.Let)),
    countLoop,
    f.createReturnStatement(id("n")),
  ]);
}
