import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    users: {
      roles: {
        member: 'Member',
        organizer: 'Organizer',
      },
      filters: {
        role: 'Role',
        account: 'Account',
        active: 'Active',
        disabled: 'Disabled',
      },
      search: 'Search users',
      you: 'you',
      disable: 'Disable',
      enable: 'Enable',
      disabled_done: 'Account disabled',
      enabled_done: 'Account enabled',
      disable_dialog_title: 'Disable %{name}?',
      disable_dialog_content: 'They can no longer sign in until an organizer enables the account again.',
      change_role: 'Change role',
      role_dialog_title: 'Change the role of %{name}',
      role_dialog_content: 'Organizers run everything, including users and money. Members take part.',
      role_changed: 'Role changed',
      save_role: 'Change role',
    },
  },
  statuses: {
    user: {
      active: 'Active',
      disabled: 'Disabled',
      member: 'Member',
      organizer: 'Organizer',
    },
  },
  verbs: {
    register: 'registered',
    disable: 'disabled',
    enable: 'enabled',
    change_role: 'changed the role of',
  },
  entities: {
    user: 'user account',
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        email: 'E-mail',
        name: 'Name',
        affiliation: 'Affiliation',
        country: 'Country',
        role: 'Role',
        disabled: 'Account',
        version: 'Version',
        createdAt: 'Joined',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
