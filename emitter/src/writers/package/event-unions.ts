import { compareCodeUnits } from "../../code-unit-order.js";
import type { ApiModel } from "../../model/ir.js";
import { type DispatchingUnion, dispatchingUnions, messageUnions } from "../../model/message-unions.js";
import { jsDocText, typeIdentifier, validatorName } from "../escape.js";

/** What a package template needs to write one parse function: `parseServerEvent`. */
export interface EventUnionView {
  /** The union's name in the spec, as `schema.json` files it under `$defs`. */
  readonly name: string;
  /** The union's TypeScript name, as `types.d.ts` exports it. */
  readonly type: string;
  readonly parser: string;
  readonly validator: string;
  /** What the parser's messages call a value (`server event`): the spec's name in words. */
  readonly subject: string;
  /** The parse function's JSDoc line, safe inside `/** … *\/`. */
  readonly doc: string;
  /**
   * Whether its stated TCGC usage is input (the client sends it): it then also gets a
   * send-side check and serializer, which use the strict validator (`strictValidator`,
   * the name the spec-mode index imports it under) whatever the module's own mode.
   */
  readonly sent: boolean;
  /**
   * Whether its stated TCGC usage is output (the service sends it): its parser then reads
   * tolerantly, calling a value outside a closed enum inside a known event an
   * `unknown-variant` (a newer service may send it) rather than `invalid`.
   */
  readonly received: boolean;
  readonly checker: string;
  readonly serializer: string;
  readonly strictValidator: string;
  /** The discriminator's wire name (`type`), and the values it takes, sorted: the union's tags. */
  readonly discriminator: string;
  readonly tags: readonly string[];
  /** The exported list of tags (`serverEventTypes`) and the type map from tag to member (`ServerEventMap`). */
  readonly tagList: string;
  readonly tagMap: string;
  /** Whether it is the last of its version's list: templates write `a, b` with `{{^last}}, {{/last}}`. */
  readonly last: boolean;
}

/**
 * The unions of one version that get a parse function: the ones the `event-unions`
 * option names; otherwise the discriminated unions no other declaration uses (the
 * messages themselves: `ServerEvent`, `ClientEvent`), and of those, when any states a TCGC
 * `@usage` of its own, the ones that state one. Sorted by name.
 */
export function eventUnionViews(model: ApiModel, chosen: readonly string[] | undefined): EventUnionView[] {
  let selected: DispatchingUnion[];
  if (chosen) {
    selected = dispatchingUnions(model).filter((union) => chosen.includes(union.name));
  } else {
    const messages = messageUnions(model);
    // The union's own usage, not the propagated direction: a base some message's property
    // reaches through one of its variants is sent, but is no message of its own.
    const marked = (union: DispatchingUnion) => union.statedDirection.input || union.statedDirection.output;
    // A copy: the list is sorted below, and messageUnions keeps its own.
    selected = messages.some(marked) ? messages.filter(marked) : [...messages];
  }
  return selected.sort((a, b) => compareCodeUnits(a.name, b.name)).map((union, index) => view(union, index === selected.length - 1));
}

function view(union: DispatchingUnion, last: boolean): EventUnionView {
  const type = typeIdentifier(union.name);
  const { input, output } = union.statedDirection;
  const sender = output && !input ? " received from the service" : input && !output ? " meant for the service" : "";
  return {
    name: union.name,
    type,
    parser: `parse${type}`,
    validator: validatorName(union.name),
    discriminator: union.discriminator.property,
    tags: union.discriminator.variants.map((variant) => variant.value),
    tagList: `${type.charAt(0).toLowerCase()}${type.slice(1)}Types`,
    tagMap: `${type}Map`,
    sent: input,
    received: output,
    checker: `check${type}`,
    serializer: `serialize${type}`,
    strictValidator: `${validatorName(union.name)}Strict`,
    subject: words(union.name),
    doc: jsDocText(`Parses and validates a \`${union.name}\`${sender}; never throws, whatever it is handed.`),
    last,
  };
}

/** `ServerEvent` as `server event`. */
function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2").toLowerCase();
}
