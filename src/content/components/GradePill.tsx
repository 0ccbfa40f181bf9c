/** A grade as a coloured pill that also says it in words. */
import { GRADE_LABEL, type GradeOrNone } from '../grades';

export function GradePill({ grade }: { grade: GradeOrNone }) {
  return <span class={`pill grade-${grade}`}>{GRADE_LABEL[grade]}</span>;
}
