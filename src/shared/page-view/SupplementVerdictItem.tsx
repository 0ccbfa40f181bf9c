/**
 * One supplement's verdict in a line or two: what the page says it does, what the evidence says
 * for those conditions, the medicines it says it interacts with, how many claims outrun the
 * evidence, the form note and the doses above the upper limit.
 */
import type { ConditionVerdict, SupplementVerdict } from '../../core/article-verdict';
import type { GradeOrNone } from '../../core/choose-badges';
import { andList, plural, t } from '../i18n';
import { GRADE_LABEL } from '../words';

const labels = (conditions: ConditionVerdict[]) => andList(conditions.map((c) => c.condition.label));

/**
 * The grades of the conditions the page says it helps or does not help, each grade once with its
 * conditions ("Insufficient for A and B."); harms are left out, the grades being for benefit. A
 * condition the page says both about keeps the grade beside what it says it helps.
 */
function evidenceFor({ helps, doesNotHelp }: SupplementVerdict): string[] {
  const conditions = new Map<string, ConditionVerdict>();
  for (const c of [...helps, ...doesNotHelp]) if (!conditions.has(c.condition.id)) conditions.set(c.condition.id, c);
  const byGrade = new Map<GradeOrNone, string[]>();
  for (const c of conditions.values()) byGrade.set(c.grade ?? 'none', [...(byGrade.get(c.grade ?? 'none') ?? []), c.condition.label]);
  return [...byGrade].map(([grade, labels]) => t('view_gradeFor', GRADE_LABEL[grade], andList(labels)));
}

export function SupplementVerdictItem({ verdict }: { verdict: SupplementVerdict }) {
  const says = [
    ...(verdict.helps.length ? [t('view_saysHelps', labels(verdict.helps))] : []),
    ...(verdict.doesNotHelp.length ? [t('view_saysDoesNotHelp', labels(verdict.doesNotHelp))] : []),
    ...(verdict.harms.length ? [t('view_saysHarms', labels(verdict.harms))] : []),
  ];
  const evidence = evidenceFor(verdict);
  return (
    <li class="supplement-verdict" data-supplement={verdict.supplement.id}>
      <p>
        <strong>{t('view_supplementLead', verdict.supplement.label)}</strong>
        {says.length ? ` ${t('view_pageSays', andList(says))}` : null}
      </p>
      {evidence.length ? <p class="evidence">{t('view_evidenceSays', evidence.join(' '))}</p> : null}
      {verdict.interactsWith.length ? <p class="interacts">{t('view_saysInteracts', labels(verdict.interactsWith))}</p> : null}
      {verdict.overclaims ? (
        <p class="overclaims">{t(plural(verdict.overclaims, { one: 'view_overclaims_one', other: 'view_overclaims_other' }), verdict.overclaims)}</p>
      ) : null}
      {verdict.formNote ? <p class="form-note">{t('view_formNote', verdict.formNote)}</p> : null}
      {verdict.dosesAbove.map((dose) => <p key={dose} class="dose-above">{t('view_doseAbove', dose)}</p>)}
    </li>
  );
}
