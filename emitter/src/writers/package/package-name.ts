/**
 * A package name for a service whose `package.json` template names none: the
 * service's name in lower-case words joined by hyphens, then `-wire` (`VoiceLive` →
 * `voice-live-wire`, `Contoso.WidgetManager` → `contoso-widget-manager-wire`). npm
 * names are lower case, URL-safe and at most 214 characters.
 */
export function packageName(service: string): string {
  const words = service
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${words ? `${words.slice(0, 200)}-` : ""}wire`;
}
