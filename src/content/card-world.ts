/**
 * How the annotator reaches the card's script, which the background loads into the page the first
 * time a card opens: through a global of the extension's own script world (Chrome's isolated world,
 * Firefox's content-script sandbox), which the page's scripts cannot see.
 */
import type { SupplementReport } from '../core/supplement-report';
import type { Claim } from '../core/types';

export type CardProps = { report: SupplementReport; claim?: Claim; id: string; onClose: () => void };

/** Draws the card into `frame`, or (with null) takes it away. */
export type CardRenderer = (frame: HTMLElement, props: CardProps | null) => void;

const CARD = Symbol.for('evidence-lens.card');
const world = globalThis as { [CARD]?: CardRenderer };

/** Called by the card's script as it loads. */
export function provideCard(render: CardRenderer): void {
  world[CARD] = render;
}

/** The card renderer, asking `load` to bring the card's script into the page the first time. */
export async function cardRenderer(load: () => Promise<unknown>): Promise<CardRenderer> {
  if (!world[CARD]) await load();
  const render = world[CARD];
  if (!render) throw new Error('the evidence card did not load');
  return render;
}
