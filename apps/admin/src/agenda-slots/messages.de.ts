import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    cfp_program: {
      agenda: {
        menu: 'Programm',
        builder_help: 'Bestätigte Vorträge in Räume und Zeiten setzen; doppelt belegte Räume oder Referenten werden abgewiesen.',
        break_title: 'Titel (für Pausen und feste Punkte)',
        builder: {
          open: 'Programmplaner',
          title: 'Programmplaner — %{name}',
          pick_summit: 'Wählen Sie den Summit, dessen Programm Sie planen möchten.',
          no_summits: 'Es gibt noch keine Summits.',
          times_in: 'Zeiten in %{zone}',
          help:
            'Ziehen Sie einen bestätigten Vortrag auf einen Raum und eine Zeit oder nutzen Sie „Platzieren…“. Doppelt ' +
            'belegte Räume oder Referenten werden abgewiesen, und der Vortrag bleibt, wo er war.',
          as_list: 'Programm als Liste',
          grid_label: 'Programmraster: Räume nebeneinander, Zeiten untereinander',
          time: 'Zeit',
          room: 'Raum',
          time_slot: 'Zeitfenster',
          day: 'Tag',
          starts: 'Beginn',
          ends: 'Ende',
          new_room: 'Neuer Raum',
          add_room: 'Raum hinzufügen',
          add_time_slot: 'Zeitfenster hinzufügen',
          room_exists: 'Einen Raum mit diesem Namen gibt es schon.',
          time_exists: 'Dieses Zeitfenster gibt es schon.',
          end_after_start: 'Das Ende muss nach dem Beginn liegen.',
          remove_room: 'Leeren Raum %{room} entfernen',
          remove_time_slot: 'Leeres Zeitfenster %{time} entfernen',
          empty_grid: 'Fügen Sie einen Raum und ein Zeitfenster hinzu, um Vorträge zu platzieren.',
          empty_cell: 'Frei',
          cell_label: '%{room}, %{time}',
          unplaced: 'Zu platzierende Vorträge',
          unplaced_empty: 'Jeder bestätigte Vortrag hat einen Platz.',
          drop_to_unplace: 'Einen platzierten Vortrag hier ablegen, um ihn aus dem Programm zu nehmen.',
          awaiting: 'Angenommen, Zusage der Referenten steht aus',
          no_call: 'Dieser Summit hat keinen Call for Papers, also gibt es keine Vorträge zu platzieren.',
          place: 'Platzieren…',
          move: 'Verschieben…',
          remove: '„%{title}“ aus dem Programm nehmen',
          place_title: '„%{title}“ platzieren',
          place_submit: 'Platzieren',
          placed: '„%{title}“ ist jetzt in %{room}.',
          removed: '„%{title}“ ist nicht mehr im Programm.',
          talk_number: 'Vortrag #%{id}',
        },
      },
      program: {
        cfp: 'Call for Papers',
        cfp_closes: 'Einreichungen bis %{date} (%{zone}).',
        cfp_opens: 'Einreichungen ab %{date} (%{zone}).',
        cfp_closed: 'Der Call for Papers ist geschlossen.',
        propose: 'Vortrag vorschlagen',
        committee: 'Programmkomitee',
        chair: 'Vorsitz',
        agenda: 'Programm',
        agenda_empty: 'Das Programm ist noch nicht veröffentlicht.',
        times_in: 'Zeiten in %{zone}',
        subscribe: 'Programm zum Kalender hinzufügen (iCal)',
        not_found: 'Diesen Summit gibt es nicht.',
      },
    },
  },
  entities: {
    agenda_slot: 'Programmpunkt',
  },
  resources: {
    'agenda-slots': {
      name: 'Programmpunkt |||| Programm',
      fields: { eventId: 'Summit', room: 'Raum', startsAt: 'Beginn', endsAt: 'Ende', submissionId: 'Vortrag', title: 'Titel' },
    },
  },
};
