import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';

// Below the medium breakpoint (phones and small tablets) lists collapse to one readable line per record.
export const useSmallScreen = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
