import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    sponsor_page: {
      menu: 'Sponsern',
      title: 'Die Community sponsern',
      intro:
        'Finanzieren Sie einen Summit oder einen Community-Stand. Wählen Sie ein Paket; Sie bezahlen sicher über Stripe, und der ' +
        'Beleg erscheint unten.',
      buying_for: 'Kauf für',
      buying_as: 'Kauf als %{name}',
      open_profile: 'Firmenprofil',
      no_profile_title: 'Zuerst das Sponsorenprofil Ihrer Firma',
      no_profile:
        'Pakete kauft eine Firma. Legen Sie ihr Profil an (Name, Website, Logo); ein Organisator prüft es, dann können Sie bezahlen.',
      create_profile: 'Firmenprofil anlegen',
      needs_profile: 'Legen Sie das Sponsorenprofil Ihrer Firma an, um ein Paket zu kaufen.',
      needs_verification: 'Ein Organisator hat das Profil Ihrer Firma noch nicht geprüft. Nach der Prüfung können Sie Pakete kaufen.',
      card_not_configured_title: 'Kartenzahlung ist nicht eingerichtet',
      card_not_configured:
        'Online-Kartenzahlung ist in diesem Portal noch nicht eingerichtet. Reservieren Sie ein Paket, und die Organisatoren ' +
        'vereinbaren mit Ihnen eine Überweisung; Ihr Sponsoring ist bestätigt, sobald das Geld eingeht.',
      packages: 'Pakete',
      no_packages: 'Zurzeit sind keine Sponsoring-Pakete im Verkauf.',
      booth_package: 'Community-Stand',
      benefits_of: 'Was %{name} enthält',
      not_on_sale: 'Zurzeit nicht im Verkauf',
      pay_for: '%{name} mit Karte bezahlen',
      reserve_for: '%{name} reservieren und per Überweisung zahlen',
      starting: 'Wird gestartet…',
      my_sponsorships: 'Sponsorings meiner Firma',
      no_sponsorships: '%{name} hat noch keine Sponsorings.',
      receipts_of: 'Sponsorings und Belege von %{name}',
      receipt: {
        number: 'Nr.',
        package: 'Paket',
        status: 'Status',
        amount: 'Betrag',
        paid_at: 'Bezahlt am',
        reference: 'Referenz',
        refunded: 'erstattet',
      },
      return: {
        title: 'Ihr Sponsoring',
        not_found: 'Dieses Sponsoring wurde nicht gefunden. Auf der Seite „Sponsern“ sehen Sie die Sponsorings Ihrer Firma.',
        paid_title: 'Bezahlt – vielen Dank!',
        paid: 'Die Zahlung ist eingegangen und Ihr Sponsoring ist bestätigt. Der Beleg steht unten und auf der Seite „Sponsern“.',
        bank_transfer:
          'Ihr Platz ist reserviert. Die Organisatoren melden sich, um eine Überweisung zu vereinbaren; bitte geben Sie %{reference} an.',
        cancelled_title: 'Zahlung nicht abgeschlossen',
        cancelled_held:
          'Sie haben den Bezahlvorgang vor der Zahlung verlassen. Ihr Platz ist bis %{until} reserviert; Sie können jetzt oder ' +
          'später bezahlen.',
        cancelled: 'Sie haben den Bezahlvorgang vor der Zahlung verlassen. Sie können es auf der Seite „Sponsern“ erneut versuchen.',
        waiting_title: 'Die Zahlung steht noch aus',
        waiting: 'Stripe bestätigt die Zahlung; diese Seite prüft selbständig erneut.',
        waiting_long:
          'Stripe hat die Zahlung noch nicht bestätigt. Das kann einige Minuten dauern; der Beleg erscheint dann auf der Seite „Sponsern“.',
        ended_title: 'Dieser Bezahlvorgang ist beendet',
        ended: 'Es wurde nichts abgebucht. Wählen Sie das Paket auf der Seite „Sponsern“ erneut, wenn Sie es noch möchten.',
        pay_again: 'Zur Zahlung',
        check_again: 'Erneut prüfen',
        back: 'Zurück zur Seite „Sponsern“',
      },
    },
  },
};
