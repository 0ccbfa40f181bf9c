// Reads Evidence Lens's overlay, which lives in a closed shadow root that page scripts (and so
// Playwright's selectors) cannot enter, through the DevTools protocol, which can.
export async function probeOverlay(page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = findNode(root, (n) => n.nodeName.startsWith('EVIDENCE-LENS-') && n.shadowRoots?.length);
  const shadow = host?.shadowRoots?.[0];
  const all = async (selector) => {
    if (!shadow) return [];
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
    return Promise.all(nodeIds.map(async (nodeId) => {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      return { nodeId, html: outerHTML, text: textOf(outerHTML), attr: (name) => attrOf(outerHTML, name) };
    }));
  };
  return {
    present: !!host,
    mode: shadow?.shadowRootType,
    all,
    /** Centre of an element, for a real mouse click. */
    async center(nodeId) {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
      const q = model.border;
      return { x: (q[0] + q[4]) / 2, y: (q[1] + q[5]) / 2 };
    },
    /** An element's border box in the window's client coordinates, as getBoundingClientRect gives it. */
    async box(nodeId) {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
      const xs = [0, 2, 4, 6].map((i) => model.border[i]);
      const ys = [1, 3, 5, 7].map((i) => model.border[i]);
      return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
    },
    detach: () => cdp.detach(),
  };
}

function findNode(node, test) {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

const textOf = (html) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
const attrOf = (html, name) => new RegExp(`^<[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
