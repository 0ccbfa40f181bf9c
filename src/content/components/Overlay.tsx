/**
 * Everything Evidence Lens draws on a page: a badge beside supplement mentions and the card a
 * badge opens (on hover, keyboard focus or click; Escape or a click outside closes it).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SupplementReport } from '../../core/supplement-report';
import type { GradeOrNone } from '../../core/choose-badges';
import { GRADE_LABEL } from '../../shared/words';
import { messagesLocale, t } from '../../shared/i18n';
import { EvidenceCard } from './EvidenceCard';

export type BadgePlacement = { key: string; supplementId: string; grade: GradeOrNone; left: number; top: number };

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
        const forYou = (reports[b.supplementId]?.forYou.length ?? 0) > 0;
        const cardId = `evidence-lens-card-${b.key}`;
        return (
          <button
            key={b.key}
            type="button"
            class={`badge grade-${b.grade}${forYou ? ' for-you' : ''}`}
            style={{ left: `${b.left}px`, top: `${b.top}px` }}
            data-supplement={b.supplementId}
            lang={messagesLocale()}
            aria-label={t(forYou ? 'badge_labelForYou' : 'badge_label', label, GRADE_LABEL[b.grade])}
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
            {forYou ? <span class="warn" aria-hidden="true">!</span> : <span class="dot" aria-hidden="true" />}
            {GRADE_LABEL[b.grade]}
          </button>
        );
      })}
      {openBadge && report ? (
        <div
          class="card-frame"
          style={{ left: `${Math.max(window.scrollX + 8, Math.min(openBadge.left - 24, window.scrollX + document.documentElement.clientWidth - CARD_WIDTH - 8))}px`, top: `${openBadge.top + 22}px`, width: `${CARD_WIDTH}px` }}
          onMouseEnter={cancelClose}
          onMouseLeave={closeSoon}
        >
          <EvidenceCard report={report} id={`evidence-lens-card-${openBadge.key}`} onClose={() => close(true)} />
        </div>
      ) : null}
    </>
  );
}
