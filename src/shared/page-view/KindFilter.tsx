/** Toggle buttons that narrow the claim list to one kind of claim, each with how many sentences it leaves. */
import type { ClaimKind } from '../../core/types';
import { t } from '../i18n';
import { KIND_LABEL } from '../words';

/** A kind, or every kind. */
export type KindChoice = ClaimKind | 'all';

export function KindFilter({ counts, total, chosen, onChoose }: {
  counts: Array<[ClaimKind, number]>; total: number; chosen: KindChoice; onChoose: (choice: KindChoice) => void;
}) {
  const options: Array<[KindChoice, string, number]> = [['all', t('view_allKinds'), total], ...counts.map(([kind, n]): [KindChoice, string, number] => [kind, KIND_LABEL[kind], n])];
  return (
    <div class="kind-filter" role="group" aria-label={t('view_filterLabel')}>
      {options.map(([choice, label, n]) => (
        <button key={choice} type="button" aria-pressed={chosen === choice} data-kind={choice} onClick={() => onChoose(choice)}>
          {t('view_kindCount', label, n)}
        </button>
      ))}
    </div>
  );
}
