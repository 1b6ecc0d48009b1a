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
import { figures } from './figures.ts';
import { audit } from './audit.ts';

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
  figures,
  audit,
};
