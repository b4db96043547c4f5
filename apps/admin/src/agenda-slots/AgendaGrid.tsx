import { Fragment } from 'react';
import { IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AgendaSlot } from '@summitdesk/contracts';
import { AgendaCell } from './AgendaCell';
import { rowKey, type AgendaBuilder, type TimeRow } from './useAgendaBuilder';
import type { DraggedTalk } from './usePlacement';
import { dayHeading, timeRangeInZone } from './zonedTime';

type Props = {
  builder: AgendaBuilder;
  timeZone: string;
  busy: boolean;
  onPlace: (talk: DraggedTalk, room: string, row: TimeRow) => void;
  onRemove: (slot: AgendaSlot) => void;
  onChooseMove: (submissionId: number, slotId: number) => void;
};

// Rooms across, times down, a heading row per day. Rooms and times nobody uses yet can be dropped again.
export const AgendaGrid = ({ builder, timeZone, busy, onPlace, onRemove, onChooseMove }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const removeLabel = (key: 'remove_room' | 'remove_time_slot', args: Record<string, string>) =>
    translate(`summitdesk.cfp_program.agenda.builder.${key}`, args);
  return (
    <Table size="small" aria-label={translate('summitdesk.cfp_program.agenda.builder.grid_label')} sx={{ borderCollapse: 'separate' }}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col" sx={{ whiteSpace: 'nowrap' }}>
            {translate('summitdesk.cfp_program.agenda.builder.time')}
          </TableCell>
          {builder.rooms.map((room) => (
            <TableCell key={room} component="th" scope="col" sx={{ fontWeight: 600, borderLeft: 1, borderColor: 'divider' }}>
              {room}
              {builder.roomInUse(room) ? null : (
                <Tooltip title={removeLabel('remove_room', { room })}>
                  <IconButton
                    size="small"
                    onClick={() => builder.removeRoom(room)}
                    aria-label={removeLabel('remove_room', { room })}
                    sx={{ ml: 0.5 }}
                  >
                    <DeleteOutlinedIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              )}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {builder.days.map(({ day, rows }) => (
          <Fragment key={day}>
            <TableRow>
              <TableCell
                component="th"
                scope="colgroup"
                colSpan={builder.rooms.length + 1}
                sx={{ bgcolor: 'action.hover', fontWeight: 700 }}
              >
                {dayHeading(day, locale)}
              </TableCell>
            </TableRow>
            {rows.map((row) => {
              const time = timeRangeInZone(row.startsAt, row.endsAt, timeZone, locale);
              return (
                <TableRow key={rowKey(row)}>
                  <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {time}
                    {builder.rowInUse(row) ? null : (
                      <Tooltip title={removeLabel('remove_time_slot', { time })}>
                        <IconButton
                          size="small"
                          onClick={() => builder.removeRow(row)}
                          aria-label={removeLabel('remove_time_slot', { time })}
                          sx={{ ml: 0.5 }}
                        >
                          <DeleteOutlinedIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                  {builder.rooms.map((room) => (
                    <AgendaCell
                      key={room}
                      builder={builder}
                      room={room}
                      row={row}
                      label={translate('summitdesk.cfp_program.agenda.builder.cell_label', {
                        room,
                        time: `${dayHeading(day, locale)} ${time}`,
                      })}
                      busy={busy}
                      onPlace={onPlace}
                      onRemove={onRemove}
                      onChooseMove={onChooseMove}
                    />
                  ))}
                </TableRow>
              );
            })}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
};
