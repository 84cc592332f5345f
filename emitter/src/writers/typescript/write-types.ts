import { IndentationText, NewLineKind, Project, QuoteKind, StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type TypeAliasDeclarationStructure } from "ts-morph";
import type { ApiModel, Declaration, ObjectDeclaration, UnionDeclaration } from "../../model/ir.js";
import { generatedHeader } from "../header.js";
import { propertyKey, typeIdentifier } from "../escape.js";
import { jsDocs } from "./jsdoc.js";
import { enumNode, indexSignature, printNode, typeNode } from "./type-nodes.js";
import { ts } from "ts-morph";

/**
 * `types.d.ts` of one version: an interface per model, a union per discriminated
 * hierarchy (narrowing on the discriminator), a literal union per enum.
 */
export function writeTypes(model: ApiModel): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
    },
  });
  const file = project.createSourceFile("types.d.ts");
  file.addStatements(generatedHeader(model.version));
  for (const declaration of model.declarations) {
    if (declaration.kind === "object") file.addInterface(interfaceStructure(declaration));
    else file.addTypeAlias(aliasStructure(declaration));
  }
  return ensureTrailingNewline(file.getFullText());
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

function aliasStructure(declaration: Exclude<Declaration, ObjectDeclaration>): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name: typeIdentifier(declaration.name),
    isExported: true,
    docs: jsDocs(declaration),
    type: printNode(aliasType(declaration)),
  };
}

function aliasType(declaration: Exclude<Declaration, ObjectDeclaration>): ts.TypeNode {
  switch (declaration.kind) {
    case "enum":
      return enumNode(declaration.members, declaration.open, declaration.baseType);
    case "alias":
      return typeNode(declaration.type);
    case "union":
      return unionOfMembers(declaration);
  }
}

/** The members of a union; for a discriminated one, each variant once, in the order of its first value. */
function unionOfMembers(declaration: UnionDeclaration): ts.TypeNode {
  const targets = declaration.discriminator
    ? [...new Set(declaration.discriminator.variants.map((variant) => variant.target))].map((name) => typeNode({ kind: "ref", name }))
    : declaration.members.map(typeNode);
  if (targets.length === 0) return ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
  return targets.length === 1 ? targets[0]! : ts.factory.createUnionTypeNode(targets);
}

function ensureTrailingNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
