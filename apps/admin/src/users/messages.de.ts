import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    users: {
      roles: {
        member: 'Mitglied',
        organizer: 'Organisator',
      },
      filters: {
        role: 'Rolle',
        account: 'Konto',
        active: 'Aktiv',
        disabled: 'Deaktiviert',
      },
      search: 'Benutzer suchen',
      you: 'Sie',
      disable: 'Deaktivieren',
      enable: 'Aktivieren',
      disabled_done: 'Konto deaktiviert',
      enabled_done: 'Konto aktiviert',
      disable_dialog_title: '%{name} deaktivieren?',
      disable_dialog_content: 'Die Person kann sich nicht mehr anmelden, bis ein Organisator das Konto wieder aktiviert.',
      change_role: 'Rolle ändern',
      role_dialog_title: 'Rolle von %{name} ändern',
      role_dialog_content: 'Organisatoren verwalten alles, auch Benutzer und Geld. Mitglieder nehmen teil.',
      role_changed: 'Rolle geändert',
      save_role: 'Rolle ändern',
    },
  },
  statuses: {
    user: {
      active: 'Aktiv',
      disabled: 'Deaktiviert',
      member: 'Mitglied',
      organizer: 'Organisator',
    },
  },
  verbs: {
    register: 'registriert',
    disable: 'deaktiviert',
    enable: 'aktiviert',
    change_role: 'mit einer neuen Rolle versehen',
  },
  entities: {
    user: 'das Benutzerkonto',
  },
  resources: {
    users: {
      name: 'Benutzer |||| Benutzer',
      fields: {
        id: 'ID',
        email: 'E-Mail',
        name: 'Name',
        affiliation: 'Zugehörigkeit',
        country: 'Land',
        role: 'Rolle',
        disabled: 'Konto',
        version: 'Version',
        createdAt: 'Dabei seit',
        q: 'Suche',
      },
    },
  },
};
