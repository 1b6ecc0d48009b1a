import {
  action,
  caseList,
  choice,
  conflict,
  deadline,
  field,
  summonsStanding,
  timeline,
  timer,
} from './caseWork.ts';
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
import { figures } from './figures.ts';
import { audit } from './audit.ts';
import { escalations } from './escalations.ts';
import { departments } from './departments.ts';
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
  choice,
  timer,
  summonsStanding,
  conflict,
  deadline,
  caseList,
  timeline,
  myPatch,
  caseView,
  notFound,
  caseBoard,
  figures,
  audit,
  escalations,
  departments,
  patch,
  meetings,
  board,
};
