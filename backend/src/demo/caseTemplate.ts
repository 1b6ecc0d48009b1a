import type {
  DepartmentKind,
  DisputeType,
  IssueCategory,
  IssueSource,
  Level,
  RiskLevel,
} from '@gridline/events';

// What a kind of case looks like: its words, how risky it tends to be, how far up the
// ladder it tends to climb, and which departments answer for it. The texts take
// {building}, {unit}, {a} (the applicant or reporter, as 王某), {b} (the other party),
// {community} and {company} (the estate's property company).

export type Weights<T> = readonly (readonly [T, number])[];

interface TemplateBase {
  readonly key: string;
  /** How common, relative to the other templates of its kind. */
  readonly weight: number;
  readonly title: string;
  readonly description: string;
  readonly risk: Weights<RiskLevel>;
  /** The level at which cases of this kind end up settled. */
  readonly settledAt: Weights<Level>;
  /** Lead first, then assisting: summoned, or (the lead) escalated to. */
  readonly departments: readonly DepartmentKind[];
  /** What the settlement says: the work done, or the agreement reached. */
  readonly settlements: readonly string[];
}

export interface DisputeTemplate extends TemplateBase {
  readonly kind: 'dispute';
  readonly disputeType: DisputeType;
  /** Agreement terms when a mediation succeeds. */
  readonly agreement: string;
}

export interface IssueTemplate extends TemplateBase {
  readonly kind: 'issue';
  readonly category: IssueCategory;
  /** How such issues come in; 'inspection' ones are found on patrols. */
  readonly sources: Weights<IssueSource>;
}

export type CaseTemplate = DisputeTemplate | IssueTemplate;

export interface TemplateWords {
  readonly building: string;
  readonly unit: string;
  readonly a: string;
  readonly b: string;
  readonly community: string;
  readonly company: string;
}

export const fill = (text: string, words: TemplateWords): string =>
  text.replace(/\{(building|unit|a|b|community|company)\}/g, (_match, key: keyof TemplateWords) =>
    String(words[key]),
  );

/** How issues come in: patrols find hazards; residents ask for repairs and services. */
export const foundOnPatrol: Weights<IssueSource> = [
  ['inspection', 70],
  ['resident', 20],
  ['hotline', 10],
];
export const residentsAsk: Weights<IssueSource> = [
  ['resident', 55],
  ['hotline', 25],
  ['meeting', 12],
  ['inspection', 8],
];

/** Typical ladders: most cases stay low, as 小事不出社区 wants. */
export const mostlyGrid: Weights<Level> = [
  ['grid', 70],
  ['community', 24],
  ['street', 5],
  ['department', 1],
];
export const mostlyCommunity: Weights<Level> = [
  ['grid', 35],
  ['community', 50],
  ['street', 11],
  ['department', 4],
];
export const climbsHigh: Weights<Level> = [
  ['grid', 15],
  ['community', 40],
  ['street', 30],
  ['department', 15],
];

export const lowRisk: Weights<RiskLevel> = [
  ['low', 70],
  ['medium', 28],
  ['high', 2],
];
export const mediumRisk: Weights<RiskLevel> = [
  ['low', 30],
  ['medium', 55],
  ['high', 15],
];
export const highRisk: Weights<RiskLevel> = [
  ['medium', 40],
  ['high', 55],
  ['critical', 5],
];
