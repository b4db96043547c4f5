import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    cfp_progress: {
      title: 'Fortschritt der Begutachtung',
      closes: 'Begutachtung endet %{date}',
      your_time: 'bei Ihnen: %{date}',
      due_today: 'endet heute',
      days_left: 'noch %{smart_count} Tag |||| noch %{smart_count} Tage',
      reviewer: 'Gutachter:in',
      done: 'Erledigt',
      missing: 'Offen',
      none_assigned: 'Noch keine Begutachtungen zugewiesen.',
      summary: '%{done} von %{total} Begutachtungen erledigt',
      open_call: 'Call öffnen',
    },
  },
};
