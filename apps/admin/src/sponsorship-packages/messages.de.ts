import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    sponsorship_packages: {
      search: 'Pakete durchsuchen',
      empty: 'Noch keine Sponsoring-Pakete – legen Sie die Stufen an, die Sponsoren für eine Veranstaltung kaufen können.',
      create: 'Neues Paket',
      event_tab: 'Sponsoring-Pakete',
      none_for_event: 'Für diese Veranstaltung gibt es noch keine Sponsoring-Pakete.',
      name_help: 'Die Stufe: Gold, Silber, Standpartner, …',
      quantity_help: 'Wie viele verkauft werden',
      benefits_help: 'Was der Sponsor bekommt: Logo auf Veranstaltungsseite und Programm, ein Demo-Slot am Stand, ein Vortrags-Slot, …',
      booth_help: 'Das Paket an einen genehmigten Community-Stand dieser Veranstaltung binden: Das Geld wird diesem Stand gutgeschrieben.',
      no_booth: 'Kein Stand: die Veranstaltung selbst',
      left: 'Noch %{available} von %{quantity}',
      sold_out: 'Ausverkauft',
      held: '%{smart_count} durch einen laufenden Bezahlvorgang reserviert |||| %{smart_count} durch laufende Bezahlvorgänge reserviert',
      window: 'Im Verkauf %{open} – %{close}',
      sales: { on_sale: 'Im Verkauf', not_yet: 'Noch nicht im Verkauf', closed: 'Verkauf beendet' },
      sections: {
        tier: 'Stufe',
        price: 'Preis und Anzahl',
        benefits: 'Leistungen',
        sales_window: 'Verkaufszeitraum',
        booth: 'Standsponsoring',
      },
    },
  },
  resources: {
    'sponsorship-packages': {
      name: 'Sponsoring-Paket |||| Sponsoring-Pakete',
      fields: {
        id: 'ID',
        name: 'Stufe',
        eventId: 'Veranstaltung',
        price: 'Preis',
        currency: 'Währung',
        quantity: 'Im Verkauf',
        benefits: 'Leistungen',
        benefit: 'Leistung',
        available: 'Übrig',
        salesOpenAt: 'Verkaufsstart',
        salesCloseAt: 'Verkaufsende',
        boothProposalId: 'Stand',
        onSale: 'Jetzt im Verkauf',
        q: 'Suche',
      },
    },
  },
};
