import type { ResourceMessages } from '../i18n/messages';
// The member's Sponsor page and Stripe's return page, composed into i18n/en.ts.
export const messages = {
  summitdesk: {
    sponsor_page: {
      menu: 'Sponsor',
      title: 'Sponsor the community',
      intro: 'Fund a summit or a community booth. Pick a package; you pay securely with Stripe, and the receipt appears below.',
      buying_for: 'Buying for',
      buying_as: 'Buying as %{name}',
      open_profile: 'Company profile',
      no_profile_title: 'First, your company’s sponsor profile',
      no_profile: 'Packages are bought by a company. Create its profile (name, website, logo); an organizer verifies it, then you can pay.',
      create_profile: 'Create company profile',
      needs_profile: 'Create your company’s sponsor profile to buy a package.',
      needs_verification: 'An organizer has not verified your company’s profile yet. You can buy packages once it is verified.',
      card_not_configured_title: 'Card payment is not configured',
      card_not_configured:
        'Online card payment is not set up on this portal yet. Reserve a package and the organizers will arrange a bank transfer ' +
        'with you; your sponsorship is confirmed when the money arrives.',
      packages: 'Packages',
      no_packages: 'No sponsorship packages are on sale right now.',
      booth_package: 'Community booth',
      benefits_of: 'What %{name} includes',
      not_on_sale: 'Not on sale at the moment',
      pay_for: 'Pay for %{name} with card',
      reserve_for: 'Reserve %{name} and pay by bank transfer',
      starting: 'Starting…',
      my_sponsorships: 'My company’s sponsorships',
      no_sponsorships: '%{name} has no sponsorships yet.',
      receipts_of: 'Sponsorships and receipts of %{name}',
      receipt: {
        number: 'No.',
        package: 'Package',
        status: 'Status',
        amount: 'Amount',
        paid_at: 'Paid on',
        reference: 'Reference',
        refunded: 'refunded',
      },
      return: {
        title: 'Your sponsorship',
        not_found: 'This sponsorship could not be found. Open the Sponsor page to see your company’s sponsorships.',
        paid_title: 'Paid — thank you!',
        paid: 'The payment arrived and your sponsorship is confirmed. The receipt is below and on the Sponsor page.',
        bank_transfer: 'Your place is reserved. The organizers will contact you to arrange a bank transfer; please quote %{reference}.',
        cancelled_title: 'Payment not completed',
        cancelled_held: 'You left the checkout before paying. Your place is held until %{until}; you can pay now or try again later.',
        cancelled: 'You left the checkout before paying. You can try again from the Sponsor page.',
        waiting_title: 'Still waiting for the payment',
        waiting: 'Stripe is confirming the payment; this page checks again by itself.',
        waiting_long:
          'Stripe has not confirmed the payment yet. This can take a few minutes; the receipt will appear on the Sponsor page ' +
          'when it does.',
        ended_title: 'This checkout has ended',
        ended: 'No payment was taken. Pick the package again on the Sponsor page if you still want it.',
        pay_again: 'Go to payment',
        check_again: 'Check again',
        back: 'Back to the Sponsor page',
      },
    },
  },
} satisfies ResourceMessages;
