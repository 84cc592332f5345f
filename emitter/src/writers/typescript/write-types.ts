import { StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type TypeAliasDeclarationStructure, type WriterFunction } from "ts-morph";
import type { ApiModel, Declaration, ObjectDeclaration, UnionDeclaration } from "../../model/ir.js";
import { propertyKey, typeIdentifier } from "../escape.js";
import { jsDocs } from "./jsdoc.js";
import { createSourceFile, finalText } from "./source-file.js";
import { enumNode, indexSignature, printNode, typeNode, unionNode } from "./type-nodes.js";
import { ts } from "ts-morph";

/**
 * `types.d.ts` of one version: an interface per model, a union per discriminated
 * hierarchy (narrowing on the discriminator), a literal union per enum.
 */
export function writeTypes(model: ApiModel, header: string): string {
  const file = createSourceFile("types.d.ts");
  // One manipulation for the whole file: ts-morph re-parses the file after each one.
  file.addStatements([
    header,
    ...model.declarations.map((declaration) => (declaration.kind === "object" ? interfaceStructure(declaration) : aliasStructure(declaration))),
  ]);
  return finalText(file);
}

function interfaceStructure(declaration: ObjectDeclaration): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: typeIdentifier(declaration.name),
    isExported: true,
    docs: jsDocs(declaration),
    properties: declaration.properties.map(
      (property): OptionalKind<PropertySignatureStructure> => ({
        name: propertyKey(property.name),
        hasQuestionToken: property.optional,
        type: printNode(typeNode(property.type)),
        docs: jsDocs(property),
      }),
    ),
    indexSignatures: declaration.additionalProperties
      ? [indexSignatureStructure(declaration.additionalProperties, declaration.properties.length > 0)]
      : [],
  };
}

function indexSignatureStructure(values: NonNullable<ObjectDeclaration["additionalProperties"]>, hasProperties: boolean) {
  const signature = indexSignature(values, hasProperties);
  return { keyName: "key", keyType: "string", returnType: printNode(signature.type) };
}

/** Unions longer than this are written one member per line, so a spec change shows as a one-line diff. */
const INLINE_UNION_LIMIT = 4;

function aliasStructure(declaration: Exclude<Declaration, ObjectDeclaration>): TypeAliasDeclarationStructure {
  const type = aliasType(declaration);
  const long = ts.isUnionTypeNode(type) && type.types.length > INLINE_UNION_LIMIT;
  return {
    kind: StructureKind.TypeAlias,
    name: typeIdentifier(declaration.name),
    isExported: true,
    docs: jsDocs(declaration),
    type: long ? unionOnePerLine(type.types) : printNode(type),
  };
}

/**
 * `| A` on a line of its own per member. The TypeScript printer keeps a union on one
 * line (or, with `startOnNewLine`, puts the bar at the end of the line before, so
 * appending a member would touch two lines); each member is still printed from its node.
 */
function unionOnePerLine(members: readonly ts.TypeNode[]): WriterFunction {
  return (writer) =>
    writer.indent(() => {
      for (const member of members) writer.newLine().write("|").space().write(printNode(member));
    });
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
  if (declaration.members.length === 0) return ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
  return unionNode(declaration.members.map(typeNode));
}

