import BadgeIcon from '@mui/icons-material/Badge';
import { RadioButtonGroupInput, useRecordContext, useTranslate } from 'react-admin';
import { ChangeRoleSchema, Roles, type User } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { humanize } from '../common/text';
import { useRecordAction } from '../common/useRecordAction';
import { useIsCurrentUser } from './useIsCurrentUser';

// An organizer gives someone else another role; the dialog validates with the same contract as the API.
export const ChangeRoleButton = () => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const isSelf = useIsCurrentUser(user?.id);
  const { run, isPending } = useRecordAction('users');
  if (!user || isSelf) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.users.change_role"
      icon={<BadgeIcon />}
      color="primary"
      title={translate('summitdesk.users.role_dialog_title', { name: user.name })}
      content="summitdesk.users.role_dialog_content"
      schema={ChangeRoleSchema}
      defaults={{ role: user.role }}
      keepLabel="ra.action.cancel"
      submitLabel="summitdesk.users.save_role"
      isPending={isPending}
      onConfirm={(data, close) =>
        run(user, 'role', { data: { role: data.role }, successMessage: 'summitdesk.users.role_changed', onSuccess: close })
      }
    >
      <RadioButtonGroupInput
        source="role"
        label="resources.users.fields.role"
        choices={Roles.map((role) => ({ id: role, name: translate(`summitdesk.users.roles.${role}`, { _: humanize(role) }) }))}
        translateChoice={false}
        helperText={false}
      />
    </ReasonDialogButton>
  );
};
