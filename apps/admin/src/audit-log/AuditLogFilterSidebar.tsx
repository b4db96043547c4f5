import { Card, CardContent } from '@mui/material';
import CategoryIcon from '@mui/icons-material/Category';
import { FilterList, useTranslate } from 'react-admin';
import { auditEntities } from './entities';
import { useRecordTypeLabel } from './useRecordTypeLabel';
import { FilterListItem } from '../common/FilterListItem';

export const AuditLogFilterSidebar = () => {
  const translate = useTranslate();
  const recordType = useRecordTypeLabel();
  return (
    <Card
      component="aside"
      aria-label={translate('summitdesk.events.filters.label')}
      sx={{ order: -1, mr: 2, mt: 2, width: 230, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ pt: 1 }}>
        <FilterList label="summitdesk.audit.filters.entity" icon={<CategoryIcon />}>
          {auditEntities.map((entity) => (
            <FilterListItem key={entity} label={recordType(entity)} value={{ entity }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
};
