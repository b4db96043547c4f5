import type { ResourceMessages } from '../i18n/messages';
// Sponsorships' strings (organizer list and page, booth and budget figures, dashboard card, public
// sponsors), composed into i18n/en.ts.
export const messages = {
  summitdesk: {
    sponsorships: {
      empty: 'No sponsorships yet — create a package, and sponsors can buy it from their Sponsor page.',
      create_package: 'New sponsorship package',
      payment_methods: { card: 'Card (Stripe)', bank_transfer: 'Bank transfer' },
      status_steps: 'Where this sponsorship stands',
      next: {
        card: 'Waiting for Stripe to confirm the card payment.',
        bank_transfer: 'Waiting for the bank transfer: record it when it arrives.',
      },
      disputed_help: 'The buyer’s bank disputes this payment. Answer the dispute in the Stripe dashboard; a refund from here settles it.',
      refund_pending: 'Refund on its way:',
      open_payment_in_stripe: 'Open payment %{id} in the Stripe dashboard (new tab)',
      open_session_in_stripe: 'Open Checkout Session %{id} in the Stripe dashboard (new tab)',
      tabs: { details: 'Sponsorship', history: 'History' },
      filters: { label: 'Filter sponsorships', status: 'Status' },
      actions: { record_payment: 'Record payment', refund: 'Refund', cancel: 'Cancel' },
      done: {
        record_payment: 'Payment recorded: the sponsorship is paid and the income is in the budget',
        refund: 'Refund started; the sponsorship changes state when the money has moved',
        cancel: 'Sponsorship cancelled; its place is free again',
      },
      dialogs: {
        keep: 'Keep as it is',
        reason: 'Reason',
        record_payment: {
          title: 'Record the bank transfer for sponsorship #%{id}',
          content: 'Only when the money is on the account: the sponsorship becomes paid and the income goes into the budget once.',
          reference: 'Bank reference',
          reference_help: 'As it appears on the bank statement',
        },
        refund: {
          title: 'Refund sponsorship #%{id}',
          content:
            'Card payments are refunded through Stripe; the state changes when Stripe confirms. Bank transfers are recorded as ' +
            'refunded now.',
          amount: 'Amount to refund',
          amount_help: 'Leave empty to refund everything left:',
          amount_not_a_number: 'Enter an amount such as 250.00',
          amount_positive: 'Must be more than zero, in whole cents',
          amount_too_large: 'More than what is left to refund',
        },
        cancel: {
          title: 'Cancel sponsorship #%{id}',
          content: 'The checkout is abandoned and the package’s place is free for another sponsor.',
        },
      },
      booth: {
        sponsored_by: 'Booth sponsored by %{names}',
        cost: 'Approved %{approved} − sponsored %{sponsored} = cost to the program %{cost}',
      },
      budget: {
        booth_costs: 'Sponsored booths: cost to the program',
        booth_costs_help: 'What each sponsored booth still costs: approved minus what its sponsors paid.',
        booth: 'Booth',
        sponsors: 'Sponsors',
        approved: 'Approved',
        sponsored: 'Sponsored',
        cost_to_program: 'Cost to the program',
        none: 'No booth is sponsored yet.',
      },
      dashboard: {
        title: 'Sponsorship income vs the year’s goal',
        income_in: 'Income in %{year}',
        of_goal: '%{percent}% of the %{goal} goal',
        no_goal: 'No sponsorship goal is set for %{year}.',
        no_budget: 'There is no %{year} budget yet, so no income is counted.',
        open_list: 'All sponsorships',
      },
      public: {
        heading: 'Sponsors',
        intro: 'Thanks to the companies who make this event possible.',
        visit: '%{name} (website, opens in a new tab)',
        booth_heading: 'Community booth',
        booth_sponsored_by: 'Booth sponsored by',
        sponsored_by: 'Sponsored by',
      },
    },
  },
  // summitdesk.statuses.sponsorship.<state>: the chips, steppers and filters.
  statuses: {
    sponsorship: {
      pending: 'Pending',
      paid: 'Paid',
      partially_refunded: 'Partly refunded',
      refunded: 'Refunded',
      expired: 'Expired',
      cancelled: 'Cancelled',
      disputed: 'Disputed',
    },
  },
  // The History tab's words for what happens to sponsors, packages and sponsorships.
  verbs: {
    verify: 'verified',
    upload_logo: 'uploaded a logo for',
    complete: 'received the card payment for',
    record_payment: 'recorded a bank transfer for',
    expire: 'let expire',
    refund_partly: 'partly refunded',
    refund_fully: 'fully refunded',
    dispute: 'recorded a dispute on',
    request_refund: 'asked Stripe to refund',
    sponsorship: 'booked sponsorship income in',
    refund: 'booked a refund in',
  },
  entities: { sponsor: 'sponsor', sponsorship_package: 'sponsorship package', sponsorship: 'sponsorship' },
  resources: {
    sponsorships: {
      name: 'Sponsorship |||| Sponsorships',
      fields: {
        id: 'No.',
        sponsorId: 'Sponsor',
        packageId: 'Package',
        eventId: 'Event',
        boothProposalId: 'Booth',
        status: 'Status',
        amount: 'Amount',
        amountRefunded: 'Refunded',
        paymentMethod: 'Payment',
        paymentReference: 'Bank reference',
        stripePaymentIntentId: 'Stripe',
        holdExpiresAt: 'Place held until',
        paidAt: 'Paid',
        createdAt: 'Started',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
