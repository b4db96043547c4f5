import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    booth_shifts: {
      menu: 'Booth shifts',
      empty: 'No shifts yet — volunteer for a booth and it shows here.',
      volunteer: 'Volunteer for a shift',
      day_help: 'A day of the event',
      time_help: 'In the event’s time zone',
      actions: { confirm: 'Confirm', decline: 'Decline', cancel: 'Cancel shift' },
      done: { confirm: 'Shift confirmed', decline: 'Shift declined', cancel: 'Shift cancelled' },
      mine: 'My shifts',
      rota: 'Rota',
      gaps: 'Not staffed yet',
      no_gaps: 'Every opening hour is staffed.',
      uncovered: '%{hours} uncovered',
      opening: 'Open %{opens}–%{closes}',
      zone_note: 'Times in %{zone}',
      booth: 'Booth',
    },
  },
  statuses: {
    'booth-shift': { offered: 'Offered', confirmed: 'Confirmed', declined: 'Declined', cancelled: 'Cancelled' },
  },
  verbs: {
    shift_offered: 'offered a shift at',
    shift_confirmed: 'confirmed a shift at',
    shift_declined: 'declined a shift at',
    shift_cancelled: 'cancelled a shift at',
    decline: 'declined',
  },
  entities: {
    booth_shift: 'booth shift',
  },
  resources: {
    'booth-shifts': {
      name: 'Booth shift |||| Booth shifts',
      fields: {
        id: 'ID',
        boothProposalId: 'Booth',
        userId: 'Volunteer',
        userName: 'Volunteer',
        day: 'Day',
        startTime: 'From',
        endTime: 'Until',
        status: 'Status',
        note: 'Note',
      },
    },
  },
} satisfies ResourceMessages;
