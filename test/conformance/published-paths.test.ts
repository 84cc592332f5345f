// The strict report's "in the service's definition" column can say both answers.
import { expect, it } from "vitest";
import { publishedPaths } from "./support/published-paths.js";

it("finds a property the definition names, through items and variants, and not one it lacks", () => {
  const named = publishedPaths("2026-04-10");
  expect(named("session.update", "/session/voice")).toBe(true);
  expect(named("session.updated", "/session/turn_detection/threshold")).toBe(true);
  expect(named("response.done", "/response/output/0/content/0/transcript")).toBe(true);
  expect(named("session.update", "/session/truncation_strategy")).toBe(false);
});
