import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    stock: {
      on_hand: 'On hand',
      reserved: 'Reserved',
      available: 'Free',
      reorder_level: 'Reorder level',
      alert: 'Reorder',
      alert_help: 'Free stock is under the reorder level',
      restock: 'Restock',
      restock_title: 'Restock %{name}',
      restock_content: 'Adds to the stock on hand, with a note of where it came from.',
      quantity: 'Quantity',
      note: 'Note',
      restocked: 'Stock added',
      movements: 'Stock movements',
      no_movements: 'No stock movements yet.',
      kinds: {
        restock: 'Restock',
        reserve: 'Reserved',
        release: 'Released',
        ship: 'Shipped',
        return: 'Returned',
        write_off: 'Written off',
      },
    },
  },
  verbs: {
    reserve: 'reserved stock of',
    release: 'released stock of',
    restock: 'restocked',
    return: 'took back stock of',
    write_off: 'wrote off stock of',
    expense: 'booked an expense in',
  },
  resources: {
    'stock-movements': {
      name: 'Stock movement |||| Stock movements',
      fields: {
        id: 'No.',
        itemId: 'Item',
        kind: 'Movement',
        quantity: 'Quantity',
        onHandDelta: 'On hand',
        reservedDelta: 'Reserved',
        shipmentId: 'Shipment',
        actorName: 'Who',
        note: 'Why',
        createdAt: 'When',
      },
    },
  },
} satisfies ResourceMessages;
