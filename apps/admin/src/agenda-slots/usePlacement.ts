import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AgendaSlot } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import type { AgendaBuilder, TimeRow } from './useAgendaBuilder';

// What a drag carries: the talk, and the slot it comes from when it is already on the agenda.
export type DraggedTalk = { submissionId: number; slotId?: number };
export const DRAG_TYPE = 'application/x-summitdesk-talk';

const isOpenSlot = (slot: AgendaSlot) => slot.submissionId == null && !slot.title;

// Placing, moving and removing talks. Nothing changes on screen until the API agrees: a refusal
// (room or speaker booked twice) is shown with the server's words and the talk stays where it was.
export function usePlacement(builder: AgendaBuilder, eventId: number) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);

  const update = async (slot: AgendaSlot, patch: Partial<AgendaSlot>) => {
    const { id, room, startsAt, endsAt, submissionId, title, version } = slot;
    const { data } = await dataProvider.update<AgendaSlot>('agenda-slots', {
      id,
      data: { room, startsAt, endsAt, submissionId, title, version, ...patch },
      previousData: slot,
    });
    return data;
  };
  const remove = (slot: AgendaSlot) => dataProvider.delete<AgendaSlot>('agenda-slots', { id: slot.id, previousData: slot });

  const attempt = async (work: () => Promise<void>, success: string, args: Record<string, unknown>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      notify(success, { type: 'success', messageArgs: args });
    } catch (failure) {
      notifyError(failure);
    } finally {
      await builder.reload();
      setBusy(false);
    }
  };

  const titleOf = (submissionId: number) =>
    builder.talkById(submissionId)?.title ?? translate('summitdesk.cfp_program.agenda.builder.talk_number', { id: submissionId });

  const place = ({ submissionId, slotId }: DraggedTalk, room: string, row: TimeRow) => {
    const source = slotId != null ? builder.slotById(slotId) : undefined;
    const target = builder.slotAt(room, row);
    if (source && target?.id === source.id) return Promise.resolve();
    return attempt(
      async () => {
        if (target && isOpenSlot(target)) {
          // An open slot made in the form: free the talk first (a talk has one slot), put it back if refused.
          const freed = source ? await update(source, { submissionId: null }) : undefined;
          try {
            await update(target, { submissionId });
          } catch (failure) {
            if (freed) await update(freed, { submissionId });
            throw failure;
          }
          if (freed) await remove(freed);
        } else if (source) {
          await update(source, { room, startsAt: row.startsAt, endsAt: row.endsAt });
        } else {
          await dataProvider.create<AgendaSlot>('agenda-slots', {
            data: { eventId, room, startsAt: row.startsAt, endsAt: row.endsAt, submissionId },
          });
        }
      },
      'summitdesk.cfp_program.agenda.builder.placed',
      { title: titleOf(submissionId), room },
    );
  };

  const unplace = (slot: AgendaSlot) =>
    attempt(
      async () => {
        // A titled slot stays as a fixed item; a talk's own slot goes with the talk.
        if (slot.title) await update(slot, { submissionId: null });
        else await remove(slot);
      },
      'summitdesk.cfp_program.agenda.builder.removed',
      { title: slot.submissionId != null ? titleOf(slot.submissionId) : '' },
    );

  return { busy, place, unplace };
}
