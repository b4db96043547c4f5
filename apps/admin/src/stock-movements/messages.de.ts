import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    stock: {
      on_hand: 'Bestand',
      reserved: 'Reserviert',
      available: 'Frei',
      reorder_level: 'Meldebestand',
      alert: 'Nachbestellen',
      alert_help: 'Der freie Bestand liegt unter dem Meldebestand',
      restock: 'Auffüllen',
      restock_title: '%{name} auffüllen',
      restock_content: 'Erhöht den Bestand, mit einer Notiz zur Herkunft.',
      quantity: 'Menge',
      note: 'Notiz',
      restocked: 'Bestand erhöht',
      movements: 'Lagerbewegungen',
      no_movements: 'Noch keine Lagerbewegungen.',
      kinds: {
        restock: 'Auffüllung',
        reserve: 'Reserviert',
        release: 'Freigegeben',
        ship: 'Versandt',
        return: 'Zurück',
        write_off: 'Abgeschrieben',
      },
    },
  },
  verbs: {
    reserve: 'reserviert',
    release: 'freigegeben',
    restock: 'aufgefüllt',
    return: 'zurückgebucht',
    write_off: 'abgeschrieben',
    expense: 'mit einer Ausgabe belastet',
  },
  resources: {
    'stock-movements': {
      name: 'Lagerbewegung |||| Lagerbewegungen',
      fields: {
        id: 'Nr.',
        itemId: 'Artikel',
        kind: 'Bewegung',
        quantity: 'Menge',
        onHandDelta: 'Bestand',
        reservedDelta: 'Reserviert',
        shipmentId: 'Sendung',
        actorName: 'Wer',
        note: 'Warum',
        createdAt: 'Wann',
      },
    },
  },
};
