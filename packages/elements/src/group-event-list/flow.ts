// What <group-event-list> hands to its loader, its list template and its registration (downloaded
// later): its attributes, its state and the few things they may do.
import type { ReactiveControllerHost } from 'lit';
import type { GroupEvent, Provider, Quote } from '@booking/core';
import type { CreatedBooking, Waitlisted } from '@booking/core/schemas';
import type { GroupEventView } from '../events/detail.js';
import type { FormValues } from '../shared/form-values.js';
import type { Env } from '../shared/env.js';
import type { GroupTranslate } from './words.js';

export type { Env };

export interface Notice {
  kind: 'full' | 'price_changed' | 'error';
  text: string;
  /** For `full`: the waitlist takes entries. */
  waitlist?: boolean;
  retry?: boolean;
}

export const seatsLeft = (e: GroupEvent) => Math.max(0, e.capacity - e.seatsTaken);

export interface GroupFlow extends HTMLElement, ReactiveControllerHost {
  provider: string;
  tag: string;
  q: string;
  from: string;
  to: string;
  currency: string;
  minPrice: string;
  maxPrice: string;
  hasSeats: boolean;
  pageSize: number;

  _events: GroupEvent[];
  _cursor: string | null;
  _listState: 'loading' | 'more' | 'ready' | 'error';
  _listError: unknown;
  _moreFailed: boolean;
  _providers: Map<string, Provider>;
  _view: GroupEventView;
  _selected: GroupEvent | undefined;
  _seats: number;
  _quote: Quote | undefined;
  _notice: Notice | undefined;
  _booked: CreatedBooking | undefined;
  _waitlisted: Waitlisted | undefined;
  _confirmedQuote: Quote | undefined;
  _form: FormValues;
  _errors: Record<string, string>;
  _submitting: boolean;
  _offline: boolean;
  _announcement: string;
  /** The idempotency key of the registration under way. */
  _key: string | undefined;
  /** The Blob URL of the registered session's .ics (revoked by the element). */
  _icsUrl: string | undefined;
  /** The currency of the events last seen, for the price filter while a search finds none. */
  _lastCurrency: string;

  readonly _env: Env<GroupTranslate>;
  /** After the next render, focus goes to the heading, the first invalid field, or the list. */
  _focus(target: 'heading' | 'field' | 'list'): void;
  /** The heading of the view shown. */
  _heading(): string;
  _open(event: GroupEvent): void;
  _backToList(): void;
  /** Loads the list again (`more`: the next page; `quiet`: without the loading state). */
  _fetch(more: boolean, quiet?: boolean): Promise<void>;
  /** Fresh seats and price of the open event. */
  _refreshSelected(): Promise<void>;
  _report(error: unknown, shown: string): void;
}
