import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    banners: {
      menu: 'Banner',
      search: 'Banner suchen',
      empty: 'Noch keine Banner — erfassen Sie die Banner der Community, um zu wissen, wo sie sind.',
      custody: 'Wo es war',
      custody_empty: 'Noch keine Übergaben.',
      holder: 'Bei',
      condition_at: 'Zustand: %{condition}',
      lose: 'Als verloren abschreiben',
      lose_title: '%{tag} als verloren abschreiben',
      lose_content: 'Sein Stand kann danach ohne es abgeschlossen werden. Wie ging es verloren?',
      lost: 'Abgeschrieben',
      tabs: { details: 'Banner', custody: 'Übergabekette', history: 'Verlauf' },
      orders: {
        menu: 'Bannerbestellungen',
        empty: 'Keine Bannerbestellungen — bestellen Sie eines für einen Stand, der ein neues Banner wünscht.',
        booth_help: 'Nur Stände, die ein neues Banner wünschen.',
        receive: 'Als eingetroffen markieren',
        receive_title: 'Das Banner aus Bestellung #%{id} ist eingetroffen',
        receive_content: 'Es wird eines unserer Banner, im Lager, dem Stand zugewiesen.',
        received: 'Banner ins Lager aufgenommen',
        waiting: 'Bestellt',
      },
    },
  },
  statuses: {
    banner: { warehouse: 'Lager', in_transit: 'Unterwegs', at_event: 'Bei einer Veranstaltung', lost: 'Verloren' },
  },
  verbs: {
    hand_over: 'übergeben',
    assign_banner: 'mit einem Banner versehen',
    order: 'bestellt',
    receive: 'erhalten',
  },
  entities: {
    banner: 'das Banner',
    banner_order: 'die Bannerbestellung',
  },
  resources: {
    banners: {
      name: 'Banner |||| Banner',
      fields: {
        id: 'ID',
        tag: 'Kennung',
        description: 'Beschreibung',
        condition: 'Zustand',
        location: 'Wo',
        eventName: 'Veranstaltung',
        shipmentId: 'In Sendung',
        lostReason: 'Grund der Abschreibung',
        updatedAt: 'Letzte Änderung',
        q: 'Suche',
      },
    },
    'banner-orders': {
      name: 'Bannerbestellung |||| Bannerbestellungen',
      fields: {
        id: 'Nr.',
        boothProposalId: 'Stand',
        description: 'Banner',
        cost: 'Kosten',
        currency: 'Währung',
        supplier: 'Lieferant',
        bannerId: 'Banner',
        createdAt: 'Bestellt',
        receivedAt: 'Eingetroffen',
      },
    },
  },
};
