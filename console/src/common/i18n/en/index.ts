import { action, caseList, choice, conflict, deadline, field, timeline } from './caseWork.ts';
import {
  caseBoard,
  caseView,
  common,
  form,
  myPatch,
  notFound,
  problem,
  shell,
  signIn,
} from './pages.ts';
import { words } from './words.ts';

/** English: the switch away from Chinese. */
export const en = {
  common,
  problem,
  form,
  signIn,
  shell,
  words,
  action,
  field,
  choice,
  conflict,
  deadline,
  caseList,
  timeline,
  myPatch,
  caseView,
  notFound,
  caseBoard,
};
