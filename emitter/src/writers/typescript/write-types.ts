import { ts } from "ts-morph";
import type { ApiModel, Declaration, ObjectDeclaration, UnionDeclaration } from "../../model/ir.js";
import { typeIdentifier } from "../escape.js";
import { declarationFile, printedStatement, printedTypeAlias, type PrintedStatement } from "./declaration-file.js";
import { withJsDoc } from "./jsdoc.js";
import { StatementMemo } from "./statement-memo.js";
import { enumNode, indexSignature, propertyName, typeNode, unionNode } from "./type-nodes.js";

const { factory, SyntaxKind } = ts;
const EXPORT = [factory.createModifier(SyntaxKind.ExportKeyword)];

/**
 * `types.d.ts` of one version: an interface per model, a union per discriminated
 * hierarchy (narrowing on the discriminator), a literal union per enum. Built from
 * factory nodes and printed once per declaration: no project, no formatting pass; a
 * declaration another version has too is printed once (`memo`).
 */
export function writeTypes(model: ApiModel, header: string, memo = new StatementMemo()): string {
  // The intermediate model is plain data, and a declaration's statement is printed from it alone.
  return declarationFile(header, model.declarations.map((declaration) => memo.get(`type:${JSON.stringify(declaration)}`, () => declarationStatement(declaration))));
}

function declarationStatement(declaration: Declaration): PrintedStatement {
  if (declaration.kind === "object") return printedStatement(interfaceDeclaration(declaration));
  const alias = factory.createTypeAliasDeclaration(EXPORT, typeIdentifier(declaration.name), undefined, aliasType(declaration));
  return printedTypeAlias(withJsDoc(alias, declaration));
}

/** The index signature (`...Record<T>`) first, then the properties in wire order. */
function interfaceDeclaration(declaration: ObjectDeclaration): ts.InterfaceDeclaration {
  const members: ts.TypeElement[] = declaration.additionalProperties
    ? [indexSignature(declaration.additionalProperties, declaration.properties.length > 0)]
    : [];
  for (const property of declaration.properties) {
    const optional = property.optional ? factory.createToken(SyntaxKind.QuestionToken) : undefined;
    members.push(withJsDoc(factory.createPropertySignature(undefined, propertyName(property.name), optional, typeNode(property.type)), property));
  }
  return withJsDoc(factory.createInterfaceDeclaration(EXPORT, typeIdentifier(declaration.name), undefined, undefined, members), declaration);
}

function aliasType(declaration: Exclude<Declaration, ObjectDeclaration>): ts.TypeNode {
  switch (declaration.kind) {
    case "enum":
      return enumNode(declaration.members.map((member) => member.value), declaration.open, declaration.base.kind);
    case "alias":
      return typeNode(declaration.type);
    case "union":
      return unionOfMembers(declaration);
  }
}

/** The alternatives of a union, as the spec names them. */
function unionOfMembers(declaration: UnionDeclaration): ts.TypeNode {
  if (declaration.members.length === 0) return factory.createKeywordTypeNode(SyntaxKind.NeverKeyword);
  return unionNode(declaration.members.map(typeNode));
}
