/** A grade as a coloured pill that also says it in words. */
import type { GradeOrNone } from '../../core/choose-badges';
import { GRADE_LABEL } from '../../shared/words';

export function GradePill({ grade }: { grade: GradeOrNone }) {
  return <span class={`pill grade-${grade}`}>{GRADE_LABEL[grade]}</span>;
}
