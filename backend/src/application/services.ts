import type { CaseDecisionContext } from '../domain/case/caseDecisionContext.ts';
import { chinaWorkingCalendar2026, defaultDeadlinePolicy } from '../domain/deadlines/index.ts';
import type { EventStore } from '../eventStore/port.ts';
import { caseService } from './cases/caseService.ts';
import { revealService } from './cases/revealService.ts';
import { meetingService } from './meetings/meetingService.ts';
import { inspectionService } from './inspections/inspectionService.ts';
import { organisationService } from './organisation/organisationService.ts';
import {
  organisationDirectoryReader,
  type OrganisationDirectoryReader,
} from './organisationDirectoryReader.ts';

export const defaultDecisionContext: CaseDecisionContext = {
  calendar: chinaWorkingCalendar2026,
  policy: defaultDeadlinePolicy,
};

/**
 * The command path, assembled once. The HTTP routes and the demo-district generator both
 * go through it, so generated history obeys exactly the rules a user meets.
 */
export const createServices = (
  store: EventStore,
  decision: CaseDecisionContext = defaultDecisionContext,
  // The server passes the one kept by the read models; tools without them fold the log.
  directory: OrganisationDirectoryReader = organisationDirectoryReader(store),
) => {
  return {
    store,
    directory,
    cases: caseService({ store, directory, decision }),
    organisation: organisationService(store, directory),
    inspections: inspectionService(store, directory, decision),
    reveals: revealService(store),
    meetings: meetingService({ store, directory, decision }),
  };
};

export type Services = ReturnType<typeof createServices>;
