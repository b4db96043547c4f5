import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    inventory_items: {
      menu: 'Catalogue',
      empty: 'The catalogue is empty — add flyers, stickers or live media.',
      search: 'Search the catalogue',
    },
  },
  entities: {
    inventory_item: 'catalogue item',
  },
  resources: {
    'inventory-items': {
      name: 'Catalogue item |||| Catalogue',
      fields: { id: 'ID', sku: 'SKU', name: 'Name', unit: 'Unit', q: 'Search' },
    },
  },
} satisfies ResourceMessages;
