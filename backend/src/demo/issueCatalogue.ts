import type { IssueTemplate } from './caseTemplate.ts';
import { hazardTemplates } from './hazardCatalogue.ts';
import { requestTemplates } from './requestCatalogue.ts';

/** Every kind of issue (IssueReported) the demo district knows. */
export const issueTemplates: readonly IssueTemplate[] = [...hazardTemplates, ...requestTemplates];
