import { useState, type FormEvent } from 'react';
import { Box, Button, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslate } from 'react-admin';
import type { AgendaBuilder } from './useAgendaBuilder';

// A new column; it reaches the server with the first talk placed in it.
export const AddRoomForm = ({ builder }: { builder: AgendaBuilder }) => {
  const translate = useTranslate();
  const [room, setRoom] = useState('');
  const name = room.trim();
  const taken = name !== '' && builder.roomExists(name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name === '' || taken) return;
    builder.addRoom(name);
    setRoom('');
  };
  return (
    <Box
      component="form"
      onSubmit={submit}
      sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
      aria-label={translate('summitdesk.cfp_program.agenda.builder.add_room')}
    >
      <TextField
        size="small"
        label={translate('summitdesk.cfp_program.agenda.builder.new_room')}
        value={room}
        onChange={(event) => setRoom(event.target.value)}
        error={taken}
        helperText={taken ? translate('summitdesk.cfp_program.agenda.builder.room_exists') : ' '}
        slotProps={{ htmlInput: { maxLength: 80 } }}
      />
      <Button
        type="submit"
        variant="outlined"
        startIcon={<AddIcon />}
        disabled={name === '' || taken}
        sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: 1 }}
      >
        {translate('summitdesk.cfp_program.agenda.builder.add_room')}
      </Button>
    </Box>
  );
};
