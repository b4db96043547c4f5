import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    inventory_items: {
      menu: 'Katalog',
      empty: 'Der Katalog ist leer – fügen Sie Flyer, Aufkleber oder Live-Medien hinzu.',
      search: 'Katalog durchsuchen',
    },
  },
  entities: {
    inventory_item: 'den Katalogeintrag',
  },
  resources: {
    'inventory-items': {
      name: 'Katalogeintrag |||| Katalog',
      fields: { id: 'ID', sku: 'Artikelnummer', name: 'Name', unit: 'Einheit', q: 'Suche' },
    },
  },
};
