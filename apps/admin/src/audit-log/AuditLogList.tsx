import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { DataTable, List, SelectInput, SimpleList, TextInput, useTranslate } from 'react-admin';
import type { AuditEntry } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { AuditEntryText } from './AuditEntryText';
import { AuditLogEmpty } from './AuditLogEmpty';
import { AuditLogFilterSidebar } from './AuditLogFilterSidebar';
import { ListAuditNames } from './AuditNamesContext';
import { AuditRecordLink } from './AuditRecordLink';
import { auditActions, auditEntities } from './entities';
import { useDescribeAuditEntry } from './useDescribeAuditEntry';
import { useRecordTypeLabel } from './useRecordTypeLabel';
import { formulaSafeExporter } from '../common/csvExport';

export const AuditLogList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const describe = useDescribeAuditEntry();
  const recordType = useRecordTypeLabel();

  const filters = [
    <SelectInput
      key="entity"
      source="entity"
      label="summitdesk.audit.filters.entity"
      choices={auditEntities.map((entity) => ({
        id: entity,
        name: recordType(entity),
      }))}
      alwaysOn={isSmall}
    />,
    <TextInput key="entityId" source="entityId" label="summitdesk.audit.filters.entity_id" alwaysOn />,
    <SelectInput
      key="action"
      source="action"
      label="summitdesk.audit.filters.action"
      choices={auditActions.map((action) => ({ id: action, name: humanize(translate(`summitdesk.audit.verbs.${action}`, { _: action })) }))}
      alwaysOn
    />,
  ];

  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      aside={isSmall ? undefined : <AuditLogFilterSidebar />}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={50}
      empty={<AuditLogEmpty />}
    >
      {isSmall ? (
        <SimpleList<AuditEntry>
          primaryText={(entry) => describe(entry).sentence}
          secondaryText={(entry) => describe(entry).when}
          tertiaryText={(entry) => `${recordType(entry.entity)} #${entry.entityId}`}
          rowClick={false}
        />
      ) : (
        <ListAuditNames>
          <DataTable<AuditEntry> rowClick={false} bulkActionButtons={false}>
            <DataTable.Col source="at" render={(entry) => <time dateTime={entry.at}>{describe(entry as AuditEntry).when}</time>} />
            <DataTable.Col source="what" label="resources.audit-log.fields.what" disableSort>
              <AuditEntryText showTime={false} />
            </DataTable.Col>
            <DataTable.Col source="entityId" label="resources.audit-log.fields.record" disableSort>
              <AuditRecordLink />
            </DataTable.Col>
          </DataTable>
        </ListAuditNames>
      )}
    </List>
  );
};
