// The step table: what a multi-step element (the widget, the manage element) knows of each step.
import type { TemplateResult } from 'lit';

/** One step of a flow, over the state `S` the element hands to it. */
export interface Step<Id extends string, S> {
  id: Id;
  /** The step's heading (and what is announced when it opens). */
  title(state: S): string;
  /** The step's body, under its heading. */
  render(state: S): TemplateResult;
  /** The step that follows when this one is done, if any. */
  next?: Id;
}

/** A flow's steps by id, in order. */
export type StepTable<Id extends string, S> = { [K in Id]: Step<Id, S> & { id: K } };

/** The ids of a table in order. */
export const stepIds = <Id extends string, S>(table: StepTable<Id, S>): Id[] =>
  Object.keys(table) as Id[];
