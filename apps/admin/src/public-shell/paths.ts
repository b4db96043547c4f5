// The pages a visitor reads without signing in. They boot a shell of their own (PublicApp) without
// react-admin's <Admin>, so that they download a fraction of the admin's JavaScript (bench/README.md).
const publicPaths = /^\/(public\/|subscribe\/confirm\/?$|unsubscribe\/?$)/;

export const isPublicPath = (pathname: string) => publicPaths.test(pathname);
