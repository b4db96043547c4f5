import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    budgets: {
      menu: 'Budget',
      sponsorship_goal_help: 'Was Sponsoren dieses Jahr einbringen sollen; das Dashboard zeigt die Einnahmen dagegen.',
      empty: 'Noch kein Budget – legen Sie das Jahresbudget an, bevor Stände genehmigt werden.',
      summary: 'Übersicht',
      amount: 'Budget',
      allocated: 'Zugewiesen',
      paid: 'Bezahlt',
      income: 'Sponsoring und Erstattungen',
      spent: 'Ausgegeben',
      remaining: 'Verbleibend',
      burn_down: 'Verlauf',
      burn_down_help: 'Zugewiesenes, bezahltes und verbleibendes Geld im Jahresverlauf, aus dem Hauptbuch.',
      ledger: 'Hauptbuch',
      no_entries: 'Noch keine Buchungen.',
      record_entry: 'Buchung erfassen',
      ledger_help: 'Das Hauptbuch wird nur ergänzt: Ein Fehler wird durch eine neue Buchung (Erstattung) korrigiert.',
      kinds: { allocation: 'Zuweisung', payment: 'Zahlung', sponsorship: 'Sponsoring', refund: 'Erstattung', expense: 'Ausgabe' },
    },
  },
  verbs: {
    allocation: 'mit einer Zuweisung bebucht',
    payment: 'mit einer Zahlung bebucht',
  },
  entities: {
    budget: 'das Budget',
    ledger_entry: 'das Hauptbuch',
  },
  resources: {
    budgets: {
      name: 'Budget |||| Budgets',
      fields: { id: 'ID', year: 'Jahr', currency: 'Währung', amount: 'Betrag', sponsorshipGoal: 'Sponsoring-Ziel', note: 'Notiz' },
    },
    'ledger-entries': {
      name: 'Buchung |||| Hauptbuch',
      fields: {
        id: 'ID',
        budgetId: 'Budget',
        kind: 'Art',
        amount: 'Betrag',
        currency: 'Währung',
        boothProposalId: 'Stand',
        memo: 'Vermerk',
        createdAt: 'Wann',
        q: 'Suche',
      },
    },
  },
};
