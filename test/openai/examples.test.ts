import { beforeAll, expect, it } from "vitest";
import { examples } from "./examples/index.js";
import { directions, flavours } from "./flavours.js";
import { sortedBy } from "./order.js";
import { pairEvents } from "./pair-events.js";
import { voiceLiveVersions } from "./paths.js";
import { readOpenAI } from "./read-openai.js";
import { readVoiceLive, type VoiceLiveApi } from "./read-voicelive.js";

let voicelive: VoiceLiveApi[];

beforeAll(() => {
  voicelive = voiceLiveVersions().map(readVoiceLive);
});

/**
 * The reports run one OpenAI example per shared event through VoiceLive's validators;
 * a new shared event without an example would silently say "no example", a removed one
 * would leave a stale fixture behind.
 */
it.each(flavours)("has one $title example for every event type VoiceLive shares with it, and no other", (flavour) => {
  const api = readOpenAI(flavour);
  for (const direction of directions) {
    const shared = new Set(voicelive.flatMap((version) => pairEvents(version, api).shared.filter((e) => e.direction === direction).map((e) => e.openai.type)));
    const written = Object.keys(examples[flavour.id][direction]);
    expect(sortedBy(written, (type) => type), `${direction} examples in test/openai/examples/${flavour.id}.ts`).toEqual(sortedBy(shared, (type) => type));
  }
});
