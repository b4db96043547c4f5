import type { ResourceMessages } from '../i18n/messages';
// Sponsorship packages' strings, composed into i18n/en.ts.
export const messages = {
  summitdesk: {
    sponsorship_packages: {
      search: 'Search packages',
      empty: 'No sponsorship packages yet — create the tiers sponsors can buy for an event.',
      create: 'New package',
      event_tab: 'Sponsorship packages',
      none_for_event: 'No sponsorship packages for this event yet.',
      name_help: 'The tier: Gold, Silver, Booth partner, …',
      quantity_help: 'How many are for sale',
      benefits_help: 'What the sponsor gets: logo on the event page and agenda, a demo slot at the booth, a talk slot, …',
      booth_help: 'Tie the package to one approved community booth at this event: its money is credited to that booth.',
      no_booth: 'No booth: the event itself',
      left: '%{available} of %{quantity} left',
      sold_out: 'Sold out',
      held: '%{smart_count} held by a checkout in progress |||| %{smart_count} held by checkouts in progress',
      window: 'On sale %{open} – %{close}',
      sales: { on_sale: 'On sale', not_yet: 'Not on sale yet', closed: 'Sales closed' },
      sections: {
        tier: 'Tier',
        price: 'Price and quantity',
        benefits: 'Benefits',
        sales_window: 'Sales window',
        booth: 'Booth sponsorship',
      },
    },
  },
  resources: {
    'sponsorship-packages': {
      name: 'Sponsorship package |||| Sponsorship packages',
      fields: {
        id: 'ID',
        name: 'Tier',
        eventId: 'Event',
        price: 'Price',
        currency: 'Currency',
        quantity: 'For sale',
        benefits: 'Benefits',
        benefit: 'Benefit',
        available: 'Left',
        salesOpenAt: 'Sales open',
        salesCloseAt: 'Sales close',
        boothProposalId: 'Booth',
        onSale: 'On sale now',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
