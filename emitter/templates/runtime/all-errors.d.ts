import type { Rejection } from "./parse.js";

export type { Rejection };

export interface AllErrorsOptions {
  /** Reject properties the spec does not list. Default: true for an event union the client sends, false otherwise. */
  strict?: boolean;
}

/** Problems reported by one call at most. */
export declare const PROBLEM_LIMIT: number;

/** A version's `validateAll` and `explainAll` over its schema bundle. */
export declare function createAllErrorsReporter(
  schema: object,
  context: { apiVersion: string; events: Readonly<Record<string, { subject: string; received: boolean; sent: boolean }>> },
): {
  validateAll(name: string, value: unknown, options?: AllErrorsOptions): Rejection[];
  explainAll(name: string, value: unknown, options?: AllErrorsOptions): string[];
};
