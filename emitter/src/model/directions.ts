import type { ApiModel, Declaration, Direction } from "./ir.js";
import { declarationReferences } from "./references.js";

export const NO_DIRECTION: Direction = { input: false, output: false };

const FLAGS = ["input", "output"] as const;

/**
 * Passes each declaration's own usage on to the types it reaches, as TCGC does:
 * a type a client event refers to (however deep) is sent by clients, a type a
 * server event refers to is sent by the service, one reached from both is both.
 * A `@discriminator` base also takes the usage of its variants (TCGC propagates
 * usage from a derived model to its base), without passing it on to the others.
 */
export function propagateDirections(model: ApiModel): ApiModel {
  const byName = new Map(model.declarations.map((declaration) => [declaration.name, declaration]));
  const flags = new Map(model.declarations.map((declaration) => [declaration.name, { ...declaration.direction }]));
  for (const flag of FLAGS) {
    const pending = model.declarations.filter((declaration) => declaration.direction[flag]).map((declaration) => declaration.name);
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      for (const { name: reached } of declarationReferences(byName.get(name)!)) {
        const target = flags.get(reached);
        if (!target || target[flag]) continue;
        target[flag] = true;
        pending.push(reached);
      }
    }
  }
  for (const declaration of model.declarations) {
    if (declaration.kind !== "union" || !declaration.discriminator) continue;
    const own = flags.get(declaration.name)!;
    for (const variant of declaration.discriminator.variants) {
      const reached = flags.get(variant.target);
      for (const flag of FLAGS) if (reached?.[flag]) own[flag] = true;
    }
  }
  return {
    ...model,
    declarations: model.declarations.map((declaration): Declaration => ({ ...declaration, direction: flags.get(declaration.name)! })),
  };
}
