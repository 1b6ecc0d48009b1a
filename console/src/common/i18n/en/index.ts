import { action, caseList, conflict, deadline, field, timeline } from './caseWork.ts';
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
import { patch } from './patch.ts';
import { meetings } from './meetings.ts';
import { board } from './board.ts';

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
  conflict,
  deadline,
  caseList,
  timeline,
  myPatch,
  caseView,
  notFound,
  caseBoard,
  patch,
  meetings,
  board,
};
