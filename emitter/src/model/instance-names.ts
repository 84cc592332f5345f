import { getFriendlyName, isTemplateInstance, type Program, type Type, type TypeMapper } from "@typespec/compiler";

/**
 * The declaration name of a template instance that an operation body uses on its
 * own (`op list(): Page<Widget>`), where no property name or model name gives it one:
 * its `@friendlyName` when the template has one (`@friendlyName("{name}List", T)`
 * names `Listing<Gadget>` `GadgetList`), otherwise the template's name followed by
 * its arguments' names (`PageWidget`), the convention of TypeSpec's emitter framework.
 * Undefined when an argument has no name (a literal, an anonymous model): such a body
 * stays inline, and the named types inside it are still declared.
 */
export function instanceName(program: Program, type: Type): string | undefined {
  if ((type.kind !== "Model" && type.kind !== "Union") || !type.name || !isTemplateInstance(type)) return undefined;
  const friendly = getFriendlyName(program, type);
  if (friendly) return friendly;
  const argumentNames = type.templateMapper.args.map((argument) => argumentName(program, argument));
  if (argumentNames.some((name) => name === undefined)) return undefined;
  return [type.name, ...argumentNames].join("");
}

function argumentName(program: Program, argument: TypeMapper["args"][number]): string | undefined {
  if (argument.entityKind !== "Type") return undefined;
  switch (argument.kind) {
    case "Model":
    case "Union":
    case "Scalar":
    case "Enum":
    case "Intrinsic": {
      const name = isTemplateInstance(argument) ? instanceName(program, argument) : argument.name;
      return name ? name[0]!.toUpperCase() + name.slice(1) : undefined;
    }
    default:
      return undefined;
  }
}
