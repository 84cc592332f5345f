import type { ApiModel, Declaration, EnumMember, Property } from "./ir.js";

/**
 * Marks what each version added. The intermediate model of every version is
 * compared with the older ones, so whatever `@typespec/versioning` decorator made a
 * declaration, property or enum member appear (`@added`, `@renamedFrom`, a type
 * change), it is dated by the first version whose snapshot holds it.
 *
 * @param models one per version, oldest first
 */
export function annotateSince(models: readonly ApiModel[]): ApiModel[] {
  const firstSeen = new Map<string, string | undefined>();
  const seen = (key: string, version: string | undefined, isFirstVersion: boolean): string | undefined => {
    if (!firstSeen.has(key)) firstSeen.set(key, isFirstVersion ? undefined : version);
    return firstSeen.get(key);
  };
  return models.map((model, index) => {
    const first = index === 0;
    const declarations = model.declarations.map((declaration): Declaration => {
      const since = seen(declaration.name, model.version, first);
      // Members only carry a version of their own when they are newer than their declaration.
      const memberSince = (member: string) => {
        const added = seen(`${declaration.name}\u0000${member}`, model.version, first);
        return added === since ? undefined : added;
      };
      switch (declaration.kind) {
        case "object":
          return { ...declaration, since, properties: declaration.properties.map((p): Property => ({ ...p, since: memberSince(p.name) })) };
        case "enum":
          return { ...declaration, since, members: declaration.members.map((m): EnumMember => ({ ...m, since: memberSince(String(m.value)) })) };
        default:
          return { ...declaration, since };
      }
    });
    return { ...model, declarations };
  });
}
