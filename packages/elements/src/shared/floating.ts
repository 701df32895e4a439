// The one floating-ui wrapper: positions a popover next to its anchor, follows scrolling and
// resizing, and stops when the returned function is called (always call it on close).
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/**
 * Keeps `floating` placed below (or above) `anchor`. Positions are set through the CSSOM, which a
 * strict Content-Security-Policy allows.
 */
export function float(
  anchor: Element,
  floating: HTMLElement,
  placement: 'bottom-start' | 'bottom-end' = 'bottom-start',
): () => void {
  return autoUpdate(anchor, floating, () => {
    void computePosition(anchor, floating, {
      placement,
      strategy: 'fixed',
      middleware: [
        offset(6),
        flip(),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, availableWidth }) {
            floating.style.maxHeight = `${Math.max(160, Math.min(360, availableHeight))}px`;
            floating.style.maxWidth = `${Math.min(360, availableWidth)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  });
}
