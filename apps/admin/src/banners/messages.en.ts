import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    banners: {
      menu: 'Banners',
      search: 'Search banners',
      empty: 'No banners yet — add the community’s banners to track where they are.',
      custody: 'Where it has been',
      custody_empty: 'No hand-overs yet.',
      holder: 'Held by',
      condition_at: 'Condition: %{condition}',
      lose: 'Write off as lost',
      lose_title: 'Write %{tag} off as lost',
      lose_content: 'Its booth can close without it once it is written off. Say how it was lost.',
      lost: 'Written off',
      tabs: { details: 'Banner', custody: 'Chain of custody', history: 'History' },
      orders: {
        menu: 'Banner orders',
        empty: 'No banner orders — order one for a booth that asked for a new banner.',
        booth_help: 'Only booths that asked for a new banner.',
        receive: 'Mark arrived',
        receive_title: 'The banner from order #%{id} arrived',
        receive_content: 'It becomes one of our banners, in the warehouse, assigned to the booth.',
        received: 'Banner added to the warehouse',
        waiting: 'On order',
      },
    },
  },
  statuses: {
    banner: { warehouse: 'Warehouse', in_transit: 'In transit', at_event: 'At an event', lost: 'Lost' },
  },
  verbs: {
    hand_over: 'handed over',
    assign_banner: 'assigned a banner to',
    order: 'ordered',
    receive: 'received',
  },
  entities: {
    banner: 'banner',
    banner_order: 'banner order',
  },
  resources: {
    banners: {
      name: 'Banner |||| Banners',
      fields: {
        id: 'ID',
        tag: 'Tag',
        description: 'Description',
        condition: 'Condition',
        location: 'Where',
        eventName: 'Event',
        shipmentId: 'On shipment',
        lostReason: 'Why written off',
        updatedAt: 'Last change',
        q: 'Search',
      },
    },
    'banner-orders': {
      name: 'Banner order |||| Banner orders',
      fields: {
        id: 'No.',
        boothProposalId: 'Booth',
        description: 'Banner',
        cost: 'Cost',
        currency: 'Currency',
        supplier: 'Supplier',
        bannerId: 'Banner',
        createdAt: 'Ordered',
        receivedAt: 'Arrived',
      },
    },
  },
} satisfies ResourceMessages;
