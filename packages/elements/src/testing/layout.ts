// What the elements' browser tests measure of a rendered element: what sticks out of it at a
// narrow width, and whether a text reads in the direction it should. Shared by every element's
// test; not part of the package's entries.

/**
 * What sticks out of an element's box, sideways: its shadow root's boxes, and its text (a long
 * word overflows its box without widening it). Each as `tag.class` with its left and right edges.
 * Hidden parts (`.visually-hidden`, `[hidden]`) are left out.
 */
export function overflowing(el: HTMLElement): string[] {
  const host = el.getBoundingClientRect();
  const out = (box: DOMRect) =>
    box.width > 0 && (box.right > host.right + 0.5 || box.left < host.left - 0.5);
  const name = (node: Element, box: DOMRect) =>
    `${node.localName}${node.className ? `.${String(node.className).trim().replace(/\s+/g, '.')}` : ''} ${Math.round(box.left - host.left)}…${Math.round(box.right - host.left)} of ${Math.round(host.width)}`;
  const hidden = '.visually-hidden, [hidden]';
  const found: string[] = [];
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    if (node.closest(hidden)) continue;
    const box = node.getBoundingClientRect();
    if (out(box)) found.push(name(node, box));
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent || parent.closest(hidden) || !text.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const box = range.getBoundingClientRect();
    if (out(box))
      found.push(`text "${text.textContent!.trim().slice(0, 24)}…" in ${name(parent, box)}`);
  }
  return found;
}

/** The text node under `root` (shadow roots included) whose text, trimmed, is `text`. */
export function textNode(root: Node, text: string): Text {
  const walk = (node: Node): Text | undefined => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() === text) return node as Text;
    for (const child of [...node.childNodes, ...((node as Element).shadowRoot?.childNodes ?? [])]) {
      const found = walk(child);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(root);
  if (!found) throw new Error(`no text node "${text}" in ${(root as Element).textContent}`);
  return found;
}

/** Whether a text's first character is drawn left of its last (it is not reversed). */
export function leftToRight(node: Text): boolean {
  const text = node.data;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length - 1;
  const left = (i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  };
  return left(start) < left(end);
}
