// A calm mountain-dusk gradient behind the sign-in and registration cards.
export const authBackground = {
  backgroundImage: 'linear-gradient(160deg, #1d4e6e 0%, #12324a 55%, #0b1e2b 100%)',
  '& .RaLogin-avatar .MuiAvatar-root': { width: 56, height: 56, bgcolor: 'transparent' },
  '& .RaLogin-card': { maxWidth: 'calc(100vw - 32px)' },
};
