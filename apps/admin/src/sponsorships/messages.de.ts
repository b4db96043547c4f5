import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    sponsorships: {
      empty: 'Noch keine Sponsorings – legen Sie ein Paket an; Sponsoren kaufen es auf ihrer Seite „Sponsern“.',
      create_package: 'Neues Sponsoring-Paket',
      payment_methods: { card: 'Karte (Stripe)', bank_transfer: 'Überweisung' },
      status_steps: 'Wo dieses Sponsoring steht',
      next: {
        card: 'Wartet darauf, dass Stripe die Kartenzahlung bestätigt.',
        bank_transfer: 'Wartet auf die Überweisung: Erfassen Sie sie, wenn sie eingeht.',
      },
      disputed_help:
        'Die Bank des Käufers ficht diese Zahlung an. Beantworten Sie die Anfechtung im Stripe-Dashboard; eine Erstattung von ' +
        'hier erledigt sie.',
      refund_pending: 'Erstattung unterwegs:',
      open_payment_in_stripe: 'Zahlung %{id} im Stripe-Dashboard öffnen (neuer Tab)',
      open_session_in_stripe: 'Checkout-Sitzung %{id} im Stripe-Dashboard öffnen (neuer Tab)',
      tabs: { details: 'Sponsoring', history: 'Verlauf' },
      filters: { label: 'Sponsorings filtern', status: 'Status' },
      actions: { record_payment: 'Zahlung erfassen', refund: 'Erstatten', cancel: 'Stornieren' },
      done: {
        record_payment: 'Zahlung erfasst: Das Sponsoring ist bezahlt und die Einnahme steht im Budget',
        refund: 'Erstattung gestartet; der Status ändert sich, sobald das Geld geflossen ist',
        cancel: 'Sponsoring storniert; sein Platz ist wieder frei',
      },
      dialogs: {
        keep: 'Unverändert lassen',
        reason: 'Grund',
        record_payment: {
          title: 'Überweisung für Sponsoring #%{id} erfassen',
          content: 'Erst wenn das Geld auf dem Konto ist: Das Sponsoring wird bezahlt und die Einnahme einmal ins Budget gebucht.',
          reference: 'Verwendungszweck / Bankreferenz',
          reference_help: 'Wie er auf dem Kontoauszug steht',
        },
        refund: {
          title: 'Sponsoring #%{id} erstatten',
          content:
            'Kartenzahlungen werden über Stripe erstattet; der Status ändert sich, wenn Stripe bestätigt. Überweisungen gelten ' +
            'sofort als erstattet.',
          amount: 'Zu erstattender Betrag',
          amount_help: 'Leer lassen, um alles Übrige zu erstatten:',
          amount_not_a_number: 'Geben Sie einen Betrag wie 250,00 ein',
          amount_positive: 'Muss größer als null sein, in ganzen Cent',
          amount_too_large: 'Mehr als noch erstattet werden kann',
        },
        cancel: {
          title: 'Sponsoring #%{id} stornieren',
          content: 'Der Bezahlvorgang wird abgebrochen und der Platz im Paket ist für einen anderen Sponsor frei.',
        },
      },
      booth: {
        sponsored_by: 'Stand gesponsert von %{names}',
        cost: 'Genehmigt %{approved} − gesponsert %{sponsored} = Kosten für das Programm %{cost}',
      },
      budget: {
        booth_costs: 'Gesponserte Stände: Kosten für das Programm',
        booth_costs_help: 'Was jeder gesponserte Stand noch kostet: genehmigt minus das, was seine Sponsoren gezahlt haben.',
        booth: 'Stand',
        sponsors: 'Sponsoren',
        approved: 'Genehmigt',
        sponsored: 'Gesponsert',
        cost_to_program: 'Kosten für das Programm',
        none: 'Noch ist kein Stand gesponsert.',
      },
      dashboard: {
        title: 'Sponsoring-Einnahmen im Vergleich zum Jahresziel',
        income_in: 'Einnahmen %{year}',
        of_goal: '%{percent} % des Ziels von %{goal}',
        no_goal: 'Für %{year} ist kein Sponsoring-Ziel festgelegt.',
        no_budget: 'Es gibt noch kein Budget für %{year}, daher werden keine Einnahmen gezählt.',
        open_list: 'Alle Sponsorings',
      },
      public: {
        heading: 'Sponsoren',
        intro: 'Danke an die Firmen, die diese Veranstaltung möglich machen.',
        visit: '%{name} (Website, öffnet in neuem Tab)',
        booth_heading: 'Community-Stand',
        booth_sponsored_by: 'Stand gesponsert von',
        sponsored_by: 'Gesponsert von',
      },
    },
  },
  statuses: {
    sponsorship: {
      pending: 'Offen',
      paid: 'Bezahlt',
      partially_refunded: 'Teilweise erstattet',
      refunded: 'Erstattet',
      expired: 'Abgelaufen',
      cancelled: 'Storniert',
      disputed: 'Angefochten',
    },
  },
  verbs: {
    verify: 'geprüft',
    upload_logo: 'mit einem Logo versehen',
    complete: 'als per Karte bezahlt verbucht',
    record_payment: 'als per Überweisung bezahlt erfasst',
    expire: 'ablaufen lassen',
    refund_partly: 'teilweise erstattet',
    refund_fully: 'vollständig erstattet',
    dispute: 'als angefochten markiert',
    request_refund: 'bei Stripe zur Erstattung eingereicht',
    sponsorship: 'mit einer Sponsoring-Einnahme bebucht',
    refund: 'mit einer Erstattung bebucht',
  },
  entities: { sponsor: 'den Sponsor', sponsorship_package: 'das Sponsoring-Paket', sponsorship: 'das Sponsoring' },
  resources: {
    sponsorships: {
      name: 'Sponsoring |||| Sponsorings',
      fields: {
        id: 'Nr.',
        sponsorId: 'Sponsor',
        packageId: 'Paket',
        eventId: 'Veranstaltung',
        boothProposalId: 'Stand',
        status: 'Status',
        amount: 'Betrag',
        amountRefunded: 'Erstattet',
        paymentMethod: 'Zahlung',
        paymentReference: 'Bankreferenz',
        stripePaymentIntentId: 'Stripe',
        holdExpiresAt: 'Platz reserviert bis',
        paidAt: 'Bezahlt',
        createdAt: 'Begonnen',
        q: 'Suche',
      },
    },
  },
};
