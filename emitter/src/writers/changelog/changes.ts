/**
 * What changed between consecutive API versions, computed from their intermediate
 * models (never from emitted text). `changes.json` is this structure as it stands;
 * `CHANGES.md` renders it.
 */

/** Every version pair of the emitted versions, newest first. */
export interface Changelog {
  /** The emitted versions, oldest first. */
  readonly versions: readonly string[];
  /** Whether the spec states any usage: when it does not, every type counts as sent both ways. */
  readonly directionsKnown: boolean;
  readonly steps: readonly VersionStep[];
}

export interface VersionStep {
  readonly from: string;
  readonly to: string;
  /** Event types added to and removed from each message union, by union then value. */
  readonly eventTypes: readonly EventTypeChange[];
  /** Declarations new in `to` and gone from it, by name; what changes where they are used is listed under the user. */
  readonly addedTypes: readonly string[];
  readonly removedTypes: readonly string[];
  /** The declarations of both versions that changed, by name. */
  readonly types: readonly TypeChanges[];
  /** How many changes (event types included) are breaking for readers and for writers. */
  readonly breakingCount: { readonly readers: number; readonly writers: number };
}

/** Who sends a type, as `Direction` of the intermediate model says, in words. */
export type DirectionName = "input" | "output" | "both" | "none";

export interface EventTypeChange {
  /** The message union: a discriminated union no other type refers to (`ServerEvent`). */
  readonly union: string;
  readonly direction: DirectionName;
  readonly change: "added" | "removed";
  /** The discriminator value (`session.update`). */
  readonly type: string;
  /** The declaration the value selects. */
  readonly model: string;
  readonly breaking: Breaking;
}

export interface TypeChanges {
  readonly name: string;
  readonly direction: DirectionName;
  /** The event types whose model this is (`session.update`), when it is one. */
  readonly eventTypes: readonly string[];
  /** One place the type is found on the wire, when it is nested in an event (the first a breadth-first walk meets). */
  readonly foundAt: WireLocation | undefined;
  readonly changes: readonly Change[];
}

export interface WireLocation {
  readonly eventType: string;
  /** JSON Pointer inside the event; `*` stands for any array index or map key. */
  readonly pointer: string;
}

export type ChangeKind =
  | "property-added"
  | "property-removed"
  | "made-optional"
  | "made-required"
  | "type-changed"
  | "enum-member-added"
  | "enum-member-removed"
  | "enum-opened"
  | "enum-closed"
  | "variant-added"
  | "variant-removed";

export interface Change {
  readonly kind: ChangeKind;
  /** JSON Pointer inside the type (`/turn_detection/type`; `""` for the type itself; `*` for any index or key). */
  readonly path: string;
  /** The enum member or union variant added or removed: its JSON value, a tag value (`"message"`), or a type (`null`, `AzureVoice`). */
  readonly member?: string;
  /** The type before and after, as text (`string | null`), where there is one. */
  readonly before?: string;
  readonly after?: string;
  /** Whether the property is optional, for added and removed properties. */
  readonly optional?: boolean;
  readonly breaking: Breaking;
}

/**
 * `readers`: code written for the older version can reject or misread what the
 * service sends in the newer one. `writers`: the newer version's service can
 * reject what code written for the older one sends.
 */
export interface Breaking {
  readonly readers: boolean;
  readonly writers: boolean;
}
