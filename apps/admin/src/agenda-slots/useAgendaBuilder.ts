import { useMemo } from 'react';
import { useDataProvider, useGetList, useGetOne } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgendaLayout, AgendaSlot, Cfp, Event, Submission, SubmissionStatus } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { useNotifyError } from '../common/errors';
import { dayInZone } from './zonedTime';

// Only talks their speakers confirmed can be placed (the API refuses others); accepted ones are
// shown as coming.
const PLACEABLE_STATUS: SubmissionStatus = 'confirmed';
const AWAITING_STATUS: SubmissionStatus = 'accepted';

export type TimeRow = { startsAt: string; endsAt: string };
type DayRows = { day: string; rows: TimeRow[] };

export const rowKey = (row: TimeRow) => `${row.startsAt}|${row.endsAt}`;
const sameRoom = (left: string, right: string) => left.trim().toLowerCase() === right.trim().toLowerCase();
const many = { page: 1, perPage: 500 };
// Stable defaults, so the grid is not rebuilt on every render.
const noRooms: string[] = [];
const noRows: TimeRow[] = [];

// The rooms (in the chair's order) and time rows kept on the server for a summit, and their saving.
function useAgendaLayout(eventId: number) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const queryClient = useQueryClient();
  const notifyError = useNotifyError();
  const queryKey = ['agenda-slots', 'layout', eventId];
  const layout = useQuery({
    queryKey,
    queryFn: async ({ signal }) => (await dataProvider.getView<AgendaLayout>('agenda-slots', { view: `layout/${eventId}`, signal })).data,
  });
  const save = useMutation({
    mutationFn: async (next: Pick<AgendaLayout, 'rooms' | 'timeRows'>) => {
      const data = { ...next, version: layout.data?.version };
      // PUT /api/agenda-slots/layout/:eventId, the summit's whole grid at once.
      return (await dataProvider.update('agenda-slots/layout', { id: eventId, data, previousData: { id: eventId } }))
        .data as unknown as AgendaLayout;
    },
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
    onError: (error) => {
      notifyError(error);
      void layout.refetch();
    },
  });
  return { layout, save };
}

// One summit's agenda as a grid: rooms and time rows derived from its slots, plus the rooms and
// times the chair added and has not filled yet (kept per summit by the API, so a reload keeps them).
export function useAgendaBuilder(eventId: number) {
  const event = useGetOne<Event>('events', { id: eventId });
  const slots = useGetList<AgendaSlot>('agenda-slots', {
    filter: { eventId },
    pagination: many,
    sort: { field: 'startsAt', order: 'ASC' },
  });
  const cfps = useGetList<Cfp>('cfps', { filter: { eventId }, pagination: { page: 1, perPage: 100 } });
  const cfpIds = useMemo(() => (cfps.data ?? []).map((cfp) => cfp.id), [cfps.data]);
  const talks = useGetList<Submission>(
    'submissions',
    { filter: { cfpId: cfpIds, status: [PLACEABLE_STATUS, AWAITING_STATUS] }, pagination: many, sort: { field: 'title', order: 'ASC' } },
    { enabled: cfpIds.length > 0 },
  );
  const { layout, save } = useAgendaLayout(eventId);
  const addedRooms = layout.data?.rooms ?? noRooms;
  const addedRows = layout.data?.timeRows ?? noRows;
  const saveLayout = (rooms: string[], timeRows: TimeRow[]) => save.mutate({ rooms, timeRows });

  const grid = useMemo(() => {
    const list = slots.data ?? [];
    const rooms: string[] = [];
    // The chair's order first, then rooms only slots name.
    for (const room of [...addedRooms, ...list.map((slot) => slot.room).sort((a, b) => a.localeCompare(b))]) {
      if (!rooms.some((known) => sameRoom(known, room))) rooms.push(room);
    }
    const rows = new Map<string, TimeRow>();
    for (const row of [...list, ...addedRows]) rows.set(rowKey(row), { startsAt: row.startsAt, endsAt: row.endsAt });
    const sorted = [...rows.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt));
    const timeZone = event.data?.timeZone ?? 'UTC';
    const days: DayRows[] = [];
    for (const row of sorted) {
      const day = dayInZone(row.startsAt, timeZone);
      const last = days.at(-1);
      if (last?.day === day) last.rows.push(row);
      else days.push({ day, rows: [row] });
    }
    return { rooms, days, rows: sorted };
  }, [slots.data, addedRooms, addedRows, event.data?.timeZone]);

  const slotAt = (room: string, row: TimeRow) =>
    slots.data?.find((slot) => sameRoom(slot.room, room) && slot.startsAt === row.startsAt && slot.endsAt === row.endsAt);
  const placedIds = new Set((slots.data ?? []).map((slot) => slot.submissionId).filter((id) => id != null));
  const talkList = talks.data ?? [];

  return {
    event: event.data,
    eventError: event.error,
    isPending: event.isPending || slots.isPending || layout.isPending || cfps.isPending || (cfpIds.length > 0 && talks.isPending),
    hasCall: cfpIds.length > 0,
    rooms: grid.rooms,
    days: grid.days,
    rows: grid.rows,
    slotAt,
    slotById: (id: number) => slots.data?.find((slot) => slot.id === id),
    talkById: (id: number) => talkList.find((talk) => talk.id === id),
    unplaced: talkList.filter((talk) => talk.status === PLACEABLE_STATUS && !placedIds.has(talk.id)),
    awaiting: talkList.filter((talk) => talk.status === AWAITING_STATUS),
    roomExists: (room: string) => grid.rooms.some((known) => sameRoom(known, room)),
    rowExists: (row: TimeRow) => grid.rows.some((known) => rowKey(known) === rowKey(row)),
    roomInUse: (room: string) => (slots.data ?? []).some((slot) => sameRoom(slot.room, room)),
    rowInUse: (row: TimeRow) => (slots.data ?? []).some((slot) => rowKey(slot) === rowKey(row)),
    addRoom: (room: string) => saveLayout([...addedRooms, room.trim()], addedRows),
    removeRoom: (room: string) =>
      saveLayout(
        addedRooms.filter((known) => !sameRoom(known, room)),
        addedRows,
      ),
    addRow: (row: TimeRow) => saveLayout(addedRooms, [...addedRows, row]),
    removeRow: (row: TimeRow) =>
      saveLayout(
        addedRooms,
        addedRows.filter((known) => rowKey(known) !== rowKey(row)),
      ),
    reload: async () => {
      await Promise.all([slots.refetch(), cfpIds.length > 0 ? talks.refetch() : null]);
    },
  };
}

export type AgendaBuilder = ReturnType<typeof useAgendaBuilder>;
