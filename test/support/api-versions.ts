// The API versions the VoiceLive spec declares, oldest first, stated once: the spec test
// checks that the spec declares exactly these, the packaging test that the package ships
// every one. Written out, not read from the spec or the package, so that losing a
// version fails both.
export const SPEC_API_VERSIONS: readonly string[] = [
  "2025-10-01",
  "2026-01-01-preview",
  "2026-04-10",
  "2026-06-01-preview",
  "2026-07-15",
  "2026-07-31-preview",
];
