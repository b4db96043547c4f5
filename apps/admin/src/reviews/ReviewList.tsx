import { DataTable, DateField, List, NumberField, ReferenceField, SimpleList, TextField, useTranslate } from 'react-admin';
import type { Review } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';
import { dateTimeOptions } from '../common/dates';

// The reviews the API lets this user read: their own, and others' once they have reviewed.
const signedScore = (score: number) => (score > 0 ? `+${score}` : String(score));

export const ReviewList = () => {
  const isSmall = useSmallScreen();
  const translate = useTranslate();
  return (
    <List exporter={formulaSafeExporter} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25}>
      {isSmall ? (
        <SimpleList<Review>
          primaryText={() => <ReferenceField source="submissionId" reference="submissions" link={false} />}
          secondaryText={(review) => `${review.reviewerName} · ${translate('resources.reviews.fields.score')} ${signedScore(review.score)}`}
          tertiaryText={(review) => review.commentToCommittee ?? ''}
          rowClick={(_id, _resource, review) => `/submissions/${review.submissionId}/show`}
        />
      ) : (
        <DataTable<Review> bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="submissionId">
            <ReferenceField source="submissionId" reference="submissions" link="show" />
          </DataTable.Col>
          <DataTable.Col source="reviewerName" disableSort>
            <TextField source="reviewerName" />
          </DataTable.Col>
          <DataTable.Col source="score" align="right">
            <NumberField source="score" options={{ signDisplay: 'exceptZero' }} />
          </DataTable.Col>
          <DataTable.Col source="confidence" align="right" />
          <DataTable.Col source="commentToCommittee" disableSort />
          <DataTable.Col source="updatedAt">
            <DateField source="updatedAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
