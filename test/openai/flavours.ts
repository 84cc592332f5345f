import { join } from "node:path";
import { openaiDir } from "./paths.js";

/**
 * The two OpenAI Realtime APIs the `openai` package describes. GA is the released API;
 * beta is the older, deprecated one VoiceLive was modelled on, kept because VoiceLive
 * still uses several of its event names.
 */
export interface Flavour {
  /** Used in golden file names and headings. */
  readonly id: "ga" | "beta";
  readonly title: string;
  /** The declaration file the event unions live in, read in place from node_modules. */
  readonly declarations: string;
  /** The same module as a consumer imports it (for the type-level checks). */
  readonly specifier: string;
  readonly clientUnion: string;
  readonly serverUnion: string;
}

export const flavours: readonly Flavour[] = [
  {
    id: "ga",
    title: "OpenAI Realtime GA",
    declarations: join(openaiDir, "resources/realtime/realtime.d.ts"),
    specifier: "openai/resources/realtime/realtime",
    clientUnion: "RealtimeClientEvent",
    serverUnion: "RealtimeServerEvent",
  },
  {
    id: "beta",
    title: "OpenAI Realtime beta",
    declarations: join(openaiDir, "resources/beta/realtime/realtime.d.ts"),
    specifier: "openai/resources/beta/realtime/realtime",
    clientUnion: "RealtimeClientEvent",
    serverUnion: "RealtimeServerEvent",
  },
];

export type FlavourId = Flavour["id"];

export type Direction = "client" | "server";

export const directions: readonly Direction[] = ["client", "server"];
