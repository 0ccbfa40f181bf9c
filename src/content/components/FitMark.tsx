/** How a claim sits with its evidence as a shape (FIT_MARK), so it reads without colour. */
import type { ClaimFit } from '../../core/claim-fit';
import { FIT_MARK } from '../../shared/words';

export function FitMark({ fit }: { fit: ClaimFit }) {
  return <span class={`fit fit-${fit}`} aria-hidden="true">{FIT_MARK[fit]}</span>;
}
