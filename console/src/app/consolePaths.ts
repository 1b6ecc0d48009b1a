// The console's own routes; pages link with these, never with pasted strings.
export const consolePaths = {
  signIn: '/sign-in',
  myPatch: '/patch',
  caseBoard: '/cases',
  case: '/cases/:caseId',
  meetings: '/meetings',
} as const;
