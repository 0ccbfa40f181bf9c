/**
 * Everything Evidence Lens draws on a page: a badge beside supplement mentions and the card a
 * badge opens (on hover, keyboard focus or click; Escape or a click outside closes it). A badge
 * says its grade in colour and words and its claim's fit as a shape; where the line has no room
 * for it, it shrinks to that shape alone (the "For you" mark, where there is one), or to a caret
 * under the mention (badge-placement.ts).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SupplementReport } from '../../core/supplement-report';
import type { GradeOrNone } from '../../core/choose-badges';
import type { ClaimFit } from '../../core/claim-fit';
import type { Claim } from '../../core/types';
import { FIT_LABEL, GRADE_LABEL } from '../../shared/words';
import { messagesLocale, t, type MessageKey } from '../../shared/i18n';
import type { BadgeShape } from '../badge-placement';
import { BADGE_FONT, BADGE_LINE_HEIGHT } from './badge-size';
import { EvidenceCard } from './EvidenceCard';
import { FitMark } from './FitMark';

/** A badge and where it is drawn: page coordinates and size, `forYou` when its supplement meets the reader's medicines or situation. */
export type BadgePlacement = {
  key: string; supplementId: string; grade: GradeOrNone; fit: ClaimFit; claim?: Claim; forYou: boolean;
  shape: BadgeShape; left: number; top: number; width: number; height: number;
};

/** The badge's spoken name: with or without a claim beside it, with or without a "For you" warning. */
const LABEL: Record<'claim' | 'noClaim', Record<'plain' | 'forYou', MessageKey>> = {
  claim: { plain: 'badge_label', forYou: 'badge_labelForYou' },
  noClaim: { plain: 'badge_labelNoClaim', forYou: 'badge_labelNoClaimForYou' },
};

export type OverlayProps = {
  badges: BadgePlacement[];
  reports: Record<string, SupplementReport>;
  /** The overlay's host element, to tell clicks inside from clicks outside. */
  host: Element;
};

const CARD_WIDTH = 360;
const HOVER_CLOSE_DELAY_MS = 250;

export function Overlay({ badges, reports, host }: OverlayProps) {
  const [open, setOpen] = useState<string | undefined>();
  // A card opened by a click stays until closed; one opened by hover closes when the pointer leaves.
  const [pinned, setPinned] = useState(false);
  const closeTimer = useRef<number | undefined>(undefined);
  const badgeButtons = useRef(new Map<string, HTMLButtonElement>());

  const cancelClose = () => window.clearTimeout(closeTimer.current);
  const closeSoon = () => {
    cancelClose();
    if (pinned) return;
    closeTimer.current = window.setTimeout(() => setOpen(undefined), HOVER_CLOSE_DELAY_MS);
  };
  const close = (refocus: boolean) => {
    cancelClose();
    if (refocus && open) badgeButtons.current.get(open)?.focus();
    setPinned(false);
    setOpen(undefined);
  };
  const show = (key: string) => {
    cancelClose();
    if (key !== open) setPinned(false);
    setOpen(key);
  };

  // A layout effect, attached as the card appears: Preact runs plain effects only after the next
  // frame, and a click outside in between went unheard and left the card open.
  useLayoutEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(true); };
    const onPointer = (e: PointerEvent) => { if (!e.composedPath().includes(host)) close(false); };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open, pinned]);

  const openBadge = badges.find((b) => b.key === open);
  const report = openBadge && reports[openBadge.supplementId];
  return (
    <>
      {badges.map((b) => {
        const label = reports[b.supplementId]?.label ?? b.supplementId;
        const labelKey = LABEL[b.claim ? 'claim' : 'noClaim'][b.forYou ? 'forYou' : 'plain'];
        const cardId = `evidence-lens-card-${b.key}`;
        return (
          <button
            key={b.key}
            type="button"
            class={`badge ${b.shape} grade-${b.grade}${b.forYou ? ' for-you' : ''}`}
            style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px`, font: BADGE_FONT, lineHeight: BADGE_LINE_HEIGHT }}
            data-supplement={b.supplementId}
            data-fit={b.fit}
            lang={messagesLocale()}
            aria-label={t(labelKey, label, GRADE_LABEL[b.grade], FIT_LABEL[b.fit])}
            aria-expanded={open === b.key}
            aria-controls={open === b.key ? cardId : undefined}
            ref={(el) => { if (el) badgeButtons.current.set(b.key, el); else badgeButtons.current.delete(b.key); }}
            onClick={() => {
              if (open === b.key && pinned) close(false);
              else { show(b.key); setPinned(true); }
            }}
            onFocus={() => show(b.key)}
            onMouseEnter={() => show(b.key)}
            onMouseLeave={closeSoon}
          >
            {b.shape !== 'caret' && b.forYou ? <span class="warn" aria-hidden="true">!</span> : null}
            {b.shape === 'full' || (b.shape === 'compact' && !b.forYou) ? <FitMark fit={b.fit} /> : null}
            {b.shape === 'full' ? GRADE_LABEL[b.grade] : null}
          </button>
        );
      })}
      {openBadge && report ? (
        <div
          class="card-frame"
          style={{ left: `${Math.max(window.scrollX + 8, Math.min(openBadge.left - 24, window.scrollX + document.documentElement.clientWidth - CARD_WIDTH - 8))}px`, top: `${openBadge.top + openBadge.height + 7}px`, width: `${CARD_WIDTH}px` }}
          onMouseEnter={cancelClose}
          onMouseLeave={closeSoon}
        >
          <EvidenceCard report={report} claim={openBadge.claim} id={`evidence-lens-card-${openBadge.key}`} onClose={() => close(true)} />
        </div>
      ) : null}
    </>
  );
}
