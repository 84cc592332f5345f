import { eventMapping } from "./event-mapping.js";
import { sortedBy } from "./order.js";
import { directions, type Direction, type FlavourId } from "./flavours.js";
import type { OpenAIApi, OpenAIEvent } from "./read-openai.js";
import type { VoiceLiveApi, VoiceLiveEvent } from "./read-voicelive.js";

export interface SharedEvent {
  readonly direction: Direction;
  readonly voicelive: VoiceLiveEvent;
  readonly openai: OpenAIEvent;
}

export interface EventPairing {
  /** Ordered by direction (client first), then by VoiceLive `type`. */
  readonly shared: readonly SharedEvent[];
  readonly voiceLiveOnly: readonly VoiceLiveEvent[];
  readonly openAIOnly: readonly OpenAIEvent[];
}

/** The OpenAI `type` the mapping table gives a VoiceLive event in a flavour: the same string unless a row renames it. */
export function counterpartType(voicelive: string, flavour: FlavourId): string {
  return eventMapping.find((row) => row.voicelive === voicelive)?.[flavour] ?? voicelive;
}

/**
 * Applies the mapping table to one VoiceLive version and one OpenAI flavour. A
 * counterpart has to be an event of the same direction; a renamed counterpart the
 * flavour lacks is an error in the table (the mapping test names it).
 */
export function pairEvents(voicelive: VoiceLiveApi, openai: OpenAIApi): EventPairing {
  const shared: SharedEvent[] = [];
  const voiceLiveOnly: VoiceLiveEvent[] = [];
  const paired = new Set<OpenAIEvent>();
  for (const direction of directions) {
    for (const event of sortByType(voicelive.events.filter((e) => e.direction === direction))) {
      const type = counterpartType(event.type, openai.flavour.id);
      const counterpart = openai.events.find((e) => e.direction === direction && e.type === type);
      if (counterpart) {
        shared.push({ direction, voicelive: event, openai: counterpart });
        paired.add(counterpart);
      } else voiceLiveOnly.push(event);
    }
  }
  const openAIOnly = directions.flatMap((direction) => sortByType(openai.events.filter((e) => e.direction === direction && !paired.has(e))));
  return { shared, voiceLiveOnly, openAIOnly };
}

function sortByType<T extends { readonly type: string }>(events: readonly T[]): T[] {
  return sortedBy(events, (event) => event.type);
}
