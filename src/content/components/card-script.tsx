/**
 * The card's script, injected the first time a reader opens a card on a page (card-world.ts): the
 * evidence card in the frame the overlay gives it, with the card's own styles added to the
 * overlay's shadow root once.
 */
import { render } from 'preact';
import { provideCard, type CardProps } from '../card-world';
import css from './card.css?inline';
import { EvidenceCard } from './EvidenceCard';

const styled = new WeakSet<Node>();

provideCard((frame: HTMLElement, props: CardProps | null) => {
  const root = frame.getRootNode() as ShadowRoot;
  if (props && !styled.has(root)) {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
    styled.add(root);
  }
  render(props ? <EvidenceCard {...props} /> : null, frame);
});
