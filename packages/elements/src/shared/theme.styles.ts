// Design tokens shared by every element, in two tiers: global `--booking-*` tokens a site sets
// once, and component tokens that default to them. Light and dark; `theme="auto"` follows the OS.
import { css } from 'lit';

/** The dark palette, used by `theme="dark"` and by `theme="auto"` on a dark system. */
const dark = css`
  --_accent: var(--booking-color-accent, #8ab4ff);
  --_on-accent: var(--booking-color-on-accent, #0b1526);
  --_text: var(--booking-color-text, #e8edf3);
  --_muted: var(--booking-color-muted, #a9b4c0);
  --_surface: var(--booking-color-surface, #151a21);
  --_subtle: var(--booking-color-subtle, #1f2630);
  --_border: var(--booking-color-border, #3a4552);
  --_danger: var(--booking-color-danger, #ff8a80);
  --_success: var(--booking-color-success, #6fdd8b);
  --_focus: var(--booking-color-focus, #8ab4ff);
`;

export const tokens = css`
  :host {
    --_accent: var(--booking-color-accent, #2457c5);
    --_on-accent: var(--booking-color-on-accent, #ffffff);
    --_text: var(--booking-color-text, #1b1f24);
    --_muted: var(--booking-color-muted, #59636e);
    --_surface: var(--booking-color-surface, #ffffff);
    --_subtle: var(--booking-color-subtle, #f3f5f8);
    --_border: var(--booking-color-border, #c9d1d9);
    --_danger: var(--booking-color-danger, #b42318);
    --_success: var(--booking-color-success, #1a7f37);
    --_focus: var(--booking-color-focus, #2457c5);
    --_radius: var(--booking-radius, 10px);
    --_font: var(--booking-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_space: var(--booking-space, 8px);
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--booking-font-size, 1rem);
    line-height: 1.45;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
`;

export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    max-width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button:hover:not([disabled]) {
    border-color: var(--_accent);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .notice {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .muted {
    color: var(--_muted);
  }
  .skeleton {
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_subtle), var(--_border), var(--_subtle));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
