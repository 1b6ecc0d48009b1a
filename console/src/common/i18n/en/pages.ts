import type { zhCN } from '../zhCN/index.ts';

type Zh = typeof zhCN;

export const common: Zh['common'] = {
  retry: 'Retry',
  loading: 'Loading…',
  close: 'Close',
  reload: 'Reload',
  cancel: 'Cancel',
  remove: 'Remove',
  personWithRole: '{{name}} ({{role}})',
};

export const problem: Zh['problem'] = {
  couldNot: 'Could not {{doing}}',
  fieldRefused: 'The server refused this: {{message}}',
  title: {
    network: 'The server cannot be reached',
    invalid: 'Something in the form needs fixing',
    signedOut: 'Your session has ended',
    forbidden: 'Not allowed',
    notFound: 'Not found',
    conflict: 'The case has changed',
    throttled: 'Too many attempts',
    unavailable: 'Temporarily unavailable',
    server: 'Something went wrong on the server',
  },
  explain: {
    network:
      'Check the connection and retry. If it was sent already, retrying records nothing twice.',
    invalid: 'Correct what is marked and send it again.',
    signedOut: 'Sign in again; you will come back to this page.',
    forbidden: 'This is outside your role or scope. The server refused it and recorded nothing.',
    notFound: 'What you are looking for does not exist or was removed.',
    conflict:
      'The case as it stands does not allow this step. The page now shows its current state.',
    throttled: 'Please wait a little and try again.',
    unavailable: 'The server cannot take changes right now. Please retry shortly.',
    server: 'The server failed to handle this; it has been logged. Please retry shortly.',
    pageFailed:
      'The page could not load: the network dropped or the console was updated. Reload it.',
  },
};

export const form: Zh['form'] = {
  required: 'Please fill this in',
  choose: 'Please choose',
  tooLong: 'At most {{max}} characters',
  phone: 'A mobile number, or a landline with its area code',
  idNumber: 'An 18-character resident ID number',
  phoneNeedsName: 'Give the name with the phone number',
};

export const signIn: Zh['signIn'] = {
  title: 'Gridline · Sign in',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  wrong: 'Wrong username or password',
  expired: 'Your session has ended. Sign in again to return to the page you were on.',
  doing: 'sign in',
  demoHint:
    'Demo accounts: starting the server (npm start) prints the demo sign-ins and their password; the full list is in docs/demo-district.md (e.g. grid.leader, grid.worker, street.supervisor).',
};

export const shell: Zh['shell'] = {
  brand: 'Gridline 网格通',
  language: 'Language',
  scope: 'Your scope',
  wholeDistrict: 'Whole district',
  signOut: 'Sign out',
  pages: 'Pages',
  menu: { myPatch: 'My patch', caseBoard: 'Case board' },
};

export const myPatch: Zh['myPatch'] = {
  title: 'My patch · {{grid}}',
  logDispute: 'Log a dispute',
  reportIssue: 'Report an issue',
  doing: { logDispute: 'log the dispute', reportIssue: 'report the issue' },
  addParty: 'Add a party',
  submitDispute: 'Log dispute',
  submitIssue: 'Report issue',
  opened: 'Recorded.',
  openCase: 'Open the case',
  notAGrid: 'My patch is for grid leaders and grid workers.',
  incomplete: 'Only the first 200 open cases are shown here; the case board lists them all.',
  openCases: 'Open cases',
  count: {
    overdue: 'Overdue',
    dueToday: 'Due today',
    awaitingDispatch: 'Awaiting dispatch',
    open: 'Open',
  },
};

export const caseView: Zh['caseView'] = {
  reporter: 'Reporter',
  residents: 'Residents',
  reveal: 'Show in full…',
  revealedNote: 'Shown; recorded on your access log',
  erasedValue: '(erased on request)',
  revealTitle: 'Show residents’ personal data',
  revealExplain:
    'Personal data is masked. Showing it takes a reason; who looked, when and why is recorded for the auditor.',
  revealDoing: 'show the personal data',
  revealReason: 'Reason',
  revealSubmit: 'Give the reason and show',
  erase: 'Erase…',
  eraseTitle: 'Erase the personal data of {{resident}}',
  eraseExplain:
    'On the resident’s request only. Their name, phone and ID number will read as erased everywhere, for good; the other residents stay as they are. The eraser, the time and the reason are recorded for the auditors.',
  eraseDoing: 'erasing the resident’s data',
  eraseReason: 'Whose request, and how it was checked',
  eraseConfirm: 'I understand this cannot be undone',
  eraseConfirmNeeded: 'Confirm that this cannot be undone',
  eraseSubmit: 'Erase',
  untitled: 'Case',
  deadline: 'Deadline',
  originalDeadline: '(originally {{dateTime}}, extended)',
  place: 'Place',
  forbidden: {
    title: 'You may not open this case',
    explain: 'This case is outside your scope; the server refused access.',
    who: 'You are signed in as: {{role}}',
  },
  notFound: { title: 'No such case', explain: 'This case was not found; check the link.' },
  actionsNow: 'What you can do now',
  noActions: 'In your role, there is nothing for you to do on this case now.',
  timeline: 'Timeline',
};

export const notFound: Zh['notFound'] = {
  title: 'Page not found',
  explain: 'There is no page at {{path}}.',
  home: 'Back to the start',
};

export const caseBoard: Zh['caseBoard'] = {
  title: 'Case board',
  anyStatus: 'Any status',
  search: 'Search titles',
  more: 'Load more',
};
