import { beforeAll, describe, expect, it } from "vitest";
import { eventMapping } from "./event-mapping.js";
import { flavours, type Direction } from "./flavours.js";
import { sortedBy } from "./order.js";
import { counterpartType } from "./pair-events.js";
import { voiceLiveVersions } from "./paths.js";
import { readOpenAI, type OpenAIApi } from "./read-openai.js";
import { readVoiceLive } from "./read-voicelive.js";

/** Every VoiceLive event of any version, by `type` (a type keeps its direction across versions). */
let voicelive: Map<string, Direction>;
let openai: OpenAIApi[];

beforeAll(() => {
  voicelive = new Map(voiceLiveVersions().flatMap((version) => readVoiceLive(version).events.map((event) => [event.type, event.direction] as const)));
  openai = flavours.map(readOpenAI);
});

describe("the event mapping table", () => {
  it("has exactly one row per VoiceLive event type of any API version", () => {
    const rows = eventMapping.map((row) => row.voicelive);
    expect(sortedBy(rows, (type) => type), "rows missing, stale or repeated in test/openai/event-mapping.ts").toEqual(sortedBy(voicelive.keys(), (type) => type));
  });

  it.each(flavours)("names only $title events that exist, in the same direction", (flavour) => {
    const api = openai.find((o) => o.flavour.id === flavour.id)!;
    const problems = eventMapping.flatMap((row) => {
      const named = row[flavour.id];
      if (named === undefined) return [];
      if (named === row.voicelive) return [`${row.voicelive}: the ${flavour.id} column repeats the VoiceLive type; leave it out`];
      const event = api.events.find((e) => e.type === named);
      if (!event) return [`${row.voicelive}: ${flavour.title} has no event ${named}`];
      return event.direction === voicelive.get(row.voicelive) ? [] : [`${row.voicelive}: ${named} is a ${event.direction} event`];
    });
    expect(problems).toEqual([]);
  });

  it.each(flavours)("gives no two VoiceLive events the same $title counterpart", (flavour) => {
    const counterparts = [...voicelive.keys()].map((type) => counterpartType(type, flavour.id));
    expect(counterparts.filter((type, index) => counterparts.indexOf(type) !== index)).toEqual([]);
  });
});
