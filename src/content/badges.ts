/**
 * The badges, drawn as plain elements: a page shows a few dozen near the screen at most, each a
 * button with a class, a position and a word, which costs far less to keep up by hand than a UI
 * library costs to start on every annotated page. Buttons are kept by key (an open card's badge
 * stays the same element, and keeps focus) and in page order (the Tab order).
 */
import type { GradeOrNone } from '../core/choose-badges';
import type { ClaimFit } from '../core/claim-fit';
import type { Claim } from '../core/types';
import { messagesLocale, t, type MessageKey } from '../shared/i18n';
import { FIT_LABEL, FIT_MARK, GRADE_LABEL } from '../shared/words';
import type { BadgeShape } from './badge-placement';
import { BADGE_FONT, BADGE_LINE_HEIGHT } from './badge-size';

/** A badge and where it is drawn: page coordinates and size, `forYou` when its supplement meets the reader's medicines or situation. */
export type BadgePlacement = {
  key: string; supplementId: string; label: string; grade: GradeOrNone; fit: ClaimFit; claim?: Claim; forYou: boolean;
  shape: BadgeShape; left: number; top: number; width: number; height: number;
};

/** The badge's spoken name: with or without a claim beside it, with or without a "For you" warning. */
const LABEL: Record<'claim' | 'noClaim', Record<'plain' | 'forYou', MessageKey>> = {
  claim: { plain: 'badge_label', forYou: 'badge_labelForYou' },
  noClaim: { plain: 'badge_labelNoClaim', forYou: 'badge_labelNoClaimForYou' },
};

export type BadgeEvents = { activate(key: string): void; show(key: string): void; leave(): void };

const span = (className: string, text: string) => {
  const el = document.createElement('span');
  el.className = className;
  el.setAttribute('aria-hidden', 'true');
  el.textContent = text;
  return el;
};

/** What the badge shows and says, set when any of it changes (not on every scroll frame). */
function dress(button: HTMLButtonElement, b: BadgePlacement) {
  button.className = `badge ${b.shape} grade-${b.grade}${b.forYou ? ' for-you' : ''}`;
  button.dataset.supplement = b.supplementId;
  button.dataset.fit = b.fit;
  button.lang = messagesLocale();
  button.setAttribute('aria-label', t(LABEL[b.claim ? 'claim' : 'noClaim'][b.forYou ? 'forYou' : 'plain'], b.label, GRADE_LABEL[b.grade], FIT_LABEL[b.fit]));
  const parts: Node[] = [];
  if (b.shape !== 'caret' && b.forYou) parts.push(span('warn', '!'));
  if (b.shape === 'full' || (b.shape === 'compact' && !b.forYou)) parts.push(span(`fit fit-${b.fit}`, FIT_MARK[b.fit]));
  if (b.shape === 'full') parts.push(document.createTextNode(GRADE_LABEL[b.grade]));
  button.replaceChildren(...parts);
}

export function badgeButtons(layer: HTMLElement, on: BadgeEvents) {
  const shown = new Map<string, { button: HTMLButtonElement; look: string }>();

  const create = (key: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.style.font = BADGE_FONT;
    button.style.lineHeight = BADGE_LINE_HEIGHT;
    button.addEventListener('click', () => on.activate(key));
    button.addEventListener('focus', () => on.show(key));
    button.addEventListener('mouseenter', () => on.show(key));
    button.addEventListener('mouseleave', () => on.leave());
    return { button, look: '' };
  };

  return {
    /** Draws `badges`, in their order; `open` is the badge whose card, `cardId`, is shown. */
    draw(badges: BadgePlacement[], open: string | undefined, cardId: string) {
      const keep = new Set<string>();
      let previous: Element | null = null;
      for (const b of badges) {
        keep.add(b.key);
        let entry = shown.get(b.key);
        if (!entry) shown.set(b.key, (entry = create(b.key)));
        const { button } = entry;
        const look = [b.shape, b.grade, b.fit, b.forYou, b.label, !!b.claim].join();
        if (entry.look !== look) {
          dress(button, b);
          entry.look = look;
        }
        Object.assign(button.style, { left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` });
        button.setAttribute('aria-expanded', String(open === b.key));
        if (open === b.key) button.setAttribute('aria-controls', cardId);
        else button.removeAttribute('aria-controls');
        // Only a badge that is new or out of place moves: moving an element takes its focus away.
        const next: ChildNode | null = previous ? previous.nextSibling : layer.firstChild;
        if (next !== button) layer.insertBefore(button, next);
        previous = button;
      }
      for (const [key, { button }] of shown) {
        if (keep.has(key)) continue;
        button.remove();
        shown.delete(key);
      }
    },
    focus: (key: string) => shown.get(key)?.button.focus(),
  };
}
