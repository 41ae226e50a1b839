// The matching associations as a virtualised list, sorted by name or members; choosing one opens its profile. While
// the first answer loads, grey rows of the same height stand where the rows will be.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useAssociations, useDistricts } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import { FilterNoMatches } from '../filters/FilterNoMatches';
import { useFilters } from '../filters/use-filters';
import { useSelection } from '../profile/use-selection';
import { ResultListItem } from './ResultListItem';
import { ResultListLoading } from './ResultListLoading';
import { useSortedAssociations, type SortKey } from './use-sorted-associations';

const ROW_HEIGHT = 68;
const LOADING_ROWS = 8;

export function ResultList({ onSelect }: { onSelect: (id: number) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filters, query } = useFilters();
  const { selectedId } = useSelection();
  const [sort, setSort] = useState<SortKey>('name');
  const associations = useAssociations(query);
  const districts = useDistricts(filters.governorate ?? []).data;
  const rows = useSortedAssociations(associations.data?.features, sort, language);
  const districtNames = useMemo(
    () => new Map((districts ?? []).map((district) => [district.code, localName(district, language)])),
    [districts, language],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <section className="results" aria-label={t('list.label')} aria-busy={associations.isFetching} data-testid="results">
      <label className="field inline">
        <span>{t('list.sort')}</span>
        <select
          value={sort}
          onChange={(event) => setSort(event.target.value === 'members' ? 'members' : 'name')}
          data-testid="list-sort"
        >
          <option value="name">{t('list.sortName')}</option>
          <option value="members">{t('list.sortMembers')}</option>
        </select>
      </label>
      {associations.isSuccess && !associations.isPlaceholderData && rows.length === 0 && <FilterNoMatches />}
      <div ref={scroller} className="result-scroller">
        {associations.isPending && <ResultListLoading rowHeight={ROW_HEIGHT} rows={LOADING_ROWS} />}
        <ul style={{ height: virtualizer.getTotalSize() }} className="result-rows">
          {virtualizer.getVirtualItems().map((item) => {
            const feature = rows[item.index];
            if (!feature) return null;
            return (
              <li key={feature.id} style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                <ResultListItem
                  feature={feature}
                  districtName={districtNames.get(feature.properties.district)}
                  selected={feature.id === selectedId}
                  language={language}
                  onSelect={onSelect}
                />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
