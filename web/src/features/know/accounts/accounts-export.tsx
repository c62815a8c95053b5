import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { accountFilters } from './account-search.ts';
import { useAccountSearch } from './use-account-search.ts';

/** The accounts the list shows (its filters and order, all pages) as an Excel or CSV file. */
export function AccountsExport() {
  const { t } = useTranslation();
  const { search } = useAccountSearch();
  return (
    <ExportButtons path="/accounts/export" query={{ ...accountFilters(search) }} what={t('accounts.title')} />
  );
}
