import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// Brand colours chosen for WCAG AA contrast: white on primary in light mode, dark text on primary in dark mode.
const brand = { deep: '#1d4e6e', sky: '#9fd3f0' };

const shape = { borderRadius: 10 };

// Members who ask their system for less motion get none: no fades, slides or colour transitions.
// (It also keeps the browser tests' accessibility checks from catching a colour half-way through.)
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const transitions = reducedMotion ? { create: () => 'none', duration: { enteringScreen: 0, leavingScreen: 0 } } : undefined;

const sharedComponents = {
  MuiButtonBase: { defaultProps: { disableRipple: false } },
  MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
  MuiCard: { styleOverrides: { root: { borderRadius: 12 } } },
  // react-admin's own spinners (in Save buttons, while a page loads) sit beside words that say so and
  // have no name; ours that stand alone pass aria-hidden={false} and an aria-label.
  MuiCircularProgress: { defaultProps: { 'aria-hidden': true } },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  shape,
  ...(transitions && { transitions }),
  palette: {
    ...defaultLightTheme.palette,
    mode: 'light',
    primary: { main: brand.deep, contrastText: '#fff' },
    secondary: { main: brand.deep, contrastText: '#fff' },
    // Darker than MUI's defaults so white chip text passes WCAG AA.
    info: { main: '#0b5e8f', contrastText: '#fff' },
    success: { main: '#2e6b30', contrastText: '#fff' },
    error: { main: '#b3261e', contrastText: '#fff' },
    warning: { main: '#a84b00', contrastText: '#fff' },
    background: { default: '#f5f7f9', paper: '#fff' },
  },
  components: { ...defaultLightTheme.components, ...sharedComponents },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  shape,
  ...(transitions && { transitions }),
  palette: {
    ...defaultDarkTheme.palette,
    mode: 'dark',
    primary: { main: brand.sky, contrastText: '#0b1e2b' },
    secondary: { main: '#2c5877', contrastText: '#fff' },
    error: { main: '#f2b8b5' },
    background: { default: '#121417', paper: '#1c1f24' },
  },
  components: { ...defaultDarkTheme.components, ...sharedComponents },
};
