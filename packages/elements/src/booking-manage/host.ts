// What the views of <booking-manage> read from the element and call on it: the views are
// modules of their own (two of them downloaded only when opened), so they see this interface,
// never the class's private fields.
import type { Booking, Money, Provider, Slot } from '@booking/core';
import type { TemplateResult } from 'lit';
import type { ManageTranslate } from './words.js';

/** A message about the last action: an error, a taken time (with the nearest free ones), a refusal. */
export interface ManageNotice {
  kind: 'error' | 'slot_taken' | 'refused';
  text: string;
  alternatives?: Slot[];
  /** The action can be tried again as it is (a network failure, a server error). */
  retry?: boolean;
}

export interface ManageHost {
  readonly t: ManageTranslate;
  readonly locale: string;
  readonly zone: string;
  readonly cycle: 'h12' | 'h23' | undefined;
  readonly booking: Booking;
  readonly provider: Provider;
  readonly submitting: boolean;
  readonly offline: boolean;
  readonly notice: ManageNotice | undefined;
  /** The reason typed in the cancel form. */
  readonly reason: string;
  /** The new time picked in the reschedule view. */
  readonly newSlot: Slot | undefined;
  /** The booking's calendar file as it stands (a Blob URL). */
  readonly icsHref: string | undefined;
  now(): number;
  /** The zone picker's button and popover. */
  zonePicker(): TemplateResult;
  setReason(reason: string): void;
  pickSlot(slot: Slot): void;
  confirmCancel(refund: Money, fullRefund: boolean): void;
  confirmMove(): void;
  showBooking(): void;
  openCancel(): void;
  openReschedule(): void;
}
