import type { ResourceMessages } from '../i18n/messages';
// Sponsor profiles' strings, composed into i18n/en.ts.
export const messages = {
  summitdesk: {
    sponsors: {
      search: 'Search sponsors',
      empty: 'No sponsors yet — a member creates their company’s profile from the Sponsor page, or you add one.',
      create: 'Add a sponsor',
      no_logo: 'No logo',
      logo_of: 'Logo of %{name}',
      verified: 'Verified',
      unverified: 'Not verified',
      verify: 'Verify',
      verified_done: 'Sponsor verified: its logo can now appear on public pages',
      upload_logo: 'Upload logo',
      replace_logo: 'Replace logo',
      logo_uploaded: 'Logo uploaded',
      logo_too_large: 'The logo is too large; the limit is %{size} MB',
      website_help: 'The company’s site, starting with https://. Public pages link the logo to it.',
      contacts_help: 'Members who act for the company: they buy packages and see its sponsorships.',
      sections: { company: 'The company', contacts: 'Contacts' },
      tabs: { details: 'Profile', sponsorships: 'Sponsorships', history: 'History' },
    },
  },
  resources: {
    sponsors: {
      name: 'Sponsor |||| Sponsors',
      fields: {
        id: 'ID',
        name: 'Company',
        website: 'Website',
        logoUrl: 'Logo',
        verified: 'Verified',
        verifiedAt: 'Verified on',
        contactIds: 'Contacts',
        createdAt: 'Created',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
