/** The sign-in page, told where to bring the person back to. */
export const signInPathReturningTo = (here: string): string =>
  here === '/' || here.startsWith('/sign-in')
    ? '/sign-in'
    : `/sign-in?next=${encodeURIComponent(here)}`;

/** Where to go after signing in: only a path of this console, never another site. */
export const returnPathFrom = (search: string): string => {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
};
