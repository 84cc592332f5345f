// The example of an event type for one API version: the newest `since-version`
// entry at or before that version, else the base example.
import type { Direction } from "../support/generated.js";
import { clientEvents } from "./client-events.js";
import { serverEvents } from "./server-events.js";
import { clientEventsSince, serverEventsSince } from "./since-version.js";

/** A JSON object as it goes over the socket. */
export type WireObject = { [key: string]: unknown };

const baseExamples: Record<Direction, Record<string, object>> = { server: serverEvents, client: clientEvents };
const examplesSince: Record<Direction, Record<string, Record<string, object | undefined>>> = {
  server: serverEventsSince,
  client: clientEventsSince,
};

/**
 * A fresh deep copy, so that no test can change another's example (and a validator
 * that mutated its input could not hide it by mutating a shared object).
 * `undefined` when there is no example for `type`.
 */
export function exampleFor(direction: Direction, type: string, version: string): WireObject | undefined {
  // API versions start with their date, so string order is release order.
  const since = Object.keys(examplesSince[direction])
    .filter((first) => first <= version)
    .sort()
    .reverse()
    .map((first) => examplesSince[direction][first]![type])
    .find((example) => example !== undefined);
  const example = since ?? baseExamples[direction][type];
  return example === undefined ? undefined : (structuredClone(example) as WireObject);
}

/** Every event type with an example, whichever version it is for. */
export function exampleTypes(direction: Direction): string[] {
  return Object.keys(baseExamples[direction]);
}

/** Every `since-version` entry, as `[first version, event type]`. */
export function versionedExampleEntries(direction: Direction): [version: string, type: string][] {
  return Object.entries(examplesSince[direction]).flatMap(([version, examples]) =>
    Object.keys(examples).map((type): [string, string] => [version, type]),
  );
}
