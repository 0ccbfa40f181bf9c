/** The page's blocks of text: which block a node is in, which blocks a change touched, which are not article. */
import { isBlock, isExcluded } from '../dom/page-chrome';

export const isHidden = (el: Element) =>
  typeof el.checkVisibility === 'function' ? !el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : false;

/** The nearest block around a node (the body when there is none). */
export function blockOf(node: Node): Element {
  let el = node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el ?? node.ownerDocument!.body;
}

/** The outermost blocks holding the changed nodes; undefined when the change reaches the body itself. */
export function changedBlocks(changed: Node[]): Element[] | undefined {
  const blocks = new Set<Element>();
  for (const node of changed) {
    const body = node.ownerDocument?.body;
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el && el !== body && !isBlock(el)) el = el.parentElement;
    if (!el || el === body || el === node.ownerDocument?.documentElement) return undefined;
    blocks.add(el);
  }
  return [...blocks].filter((b) => ![...blocks].some((other) => other !== b && other.contains(b)));
}

/** True when the block sits in page furniture or hidden content, which is never annotated. */
export function outsideArticle(block: Element): boolean {
  const body = block.ownerDocument.body;
  for (let el: Element | null = block; el && el !== body; el = el.parentElement) if (isExcluded(el) || isHidden(el)) return true;
  return false;
}
