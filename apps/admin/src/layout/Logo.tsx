// The mountain mark, also used as favicon (static/favicon.svg).
export const Logo = ({ size = 32 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
    <rect width="64" height="64" rx="12" fill="#1d4e6e" />
    <path d="M8 50 26 20l9 14 6-8 15 24z" fill="#fff" />
    <path d="M26 20l5 8-5 3-4-4z" fill="#9fd3f0" />
  </svg>
);
