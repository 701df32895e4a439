/**
 * @booking/conformance: black-box tests that prove a server implements the booking HTTP contract.
 *
 * @packageDocumentation
 */
export const version = '0.1.0';
