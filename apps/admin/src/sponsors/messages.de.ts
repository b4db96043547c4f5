import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    sponsors: {
      search: 'Sponsoren durchsuchen',
      empty: 'Noch keine Sponsoren – ein Mitglied legt das Profil seiner Firma auf der Seite „Sponsern“ an, oder Sie fügen eines hinzu.',
      create: 'Sponsor hinzufügen',
      no_logo: 'Kein Logo',
      logo_of: 'Logo von %{name}',
      verified: 'Geprüft',
      unverified: 'Nicht geprüft',
      verify: 'Prüfen',
      verified_done: 'Sponsor geprüft: Sein Logo darf jetzt auf öffentlichen Seiten erscheinen',
      upload_logo: 'Logo hochladen',
      replace_logo: 'Logo ersetzen',
      logo_uploaded: 'Logo hochgeladen',
      logo_too_large: 'Das Logo ist zu groß; erlaubt sind %{size} MB',
      website_help: 'Die Website der Firma, beginnend mit https://. Öffentliche Seiten verlinken das Logo dorthin.',
      contacts_help: 'Mitglieder, die für die Firma handeln: Sie kaufen Pakete und sehen ihre Sponsorings.',
      sections: { company: 'Die Firma', contacts: 'Ansprechpersonen' },
      tabs: { details: 'Profil', sponsorships: 'Sponsorings', history: 'Verlauf' },
    },
  },
  resources: {
    sponsors: {
      name: 'Sponsor |||| Sponsoren',
      fields: {
        id: 'ID',
        name: 'Firma',
        website: 'Website',
        logoUrl: 'Logo',
        verified: 'Geprüft',
        verifiedAt: 'Geprüft am',
        contactIds: 'Ansprechpersonen',
        createdAt: 'Angelegt',
        q: 'Suche',
      },
    },
  },
};
