// A stale edit (409): what someone else changed since the editor read it, and the choice to reapply or discard.
import { useTranslation } from 'react-i18next';
import type { AssociationProfile } from '../../../../contracts/association';
import { HistoryDiff } from '../history/HistoryDiff';

interface EditConflictProps {
  read: AssociationProfile;
  current: AssociationProfile;
  onReapply: () => void;
  onDiscard: () => void;
}

export function EditConflict({ read, current, onReapply, onDiscard }: EditConflictProps) {
  const { t } = useTranslation();
  return (
    <section className="edit-conflict" role="alert" data-testid="edit-conflict">
      <h2>{t('edit.conflictTitle')}</h2>
      <p>{t('edit.conflictBody')}</p>
      <HistoryDiff before={read} after={current} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={onReapply} data-testid="conflict-reapply">
          {t('edit.reapply')}
        </button>
        <button type="button" onClick={onDiscard} data-testid="conflict-discard">
          {t('edit.discard')}
        </button>
      </div>
    </section>
  );
}
