import type { DisputeLogged, IssueReported } from '@gridline/events';

/** What the case was opened with: its title, description and the residents named. */
export type Opening =
  | { readonly type: 'DisputeLogged'; readonly data: DisputeLogged }
  | { readonly type: 'IssueReported'; readonly data: IssueReported };

/**
 * The event that opened the case, among its history's entries or its replay's steps (both
 * name each event's type beside its data, masked).
 */
export function openingOf(
  entries: readonly { readonly type: string; readonly data: unknown }[],
): Opening | null {
  for (const entry of entries) {
    if (entry.type === 'DisputeLogged' || entry.type === 'IssueReported') {
      return entry as Opening;
    }
  }
  return null;
}

/** A resident named on the case, masked as the history shows them. */
export interface NamedResident {
  readonly roleKey: string;
  readonly name: string;
  readonly phone: string | null;
  readonly idNumber: string | null;
}

export function residentsOf(opening: Opening): NamedResident[] {
  if (opening.type === 'DisputeLogged') {
    return opening.data.parties.map((party) => ({
      roleKey: `words.partyRole.${party.role}`,
      name: party.name,
      phone: party.phone ?? null,
      idNumber: party.idNumber ?? null,
    }));
  }
  const { reporter } = opening.data;
  return reporter
    ? [
        {
          roleKey: 'caseView.reporter',
          name: reporter.name,
          phone: reporter.phone ?? null,
          idNumber: null,
        },
      ]
    : [];
}

/** Puts revealed values over the masked ones, party by party. */
export function withRevealed(
  residents: readonly NamedResident[],
  revealed: Readonly<Record<string, readonly (string | null)[] | string | null>>,
  kind: Opening['type'],
): NamedResident[] {
  const pick = (path: string, index: number): string | null | undefined => {
    const value = revealed[path];
    return Array.isArray(value) ? value[index] : (value as string | null | undefined);
  };
  const prefix = kind === 'DisputeLogged' ? 'parties[].' : 'reporter.';
  return residents.map((resident, index) => ({
    ...resident,
    name: pick(`${prefix}name`, index) ?? resident.name,
    phone: pick(`${prefix}phone`, index) ?? resident.phone,
    idNumber:
      kind === 'DisputeLogged' ? (pick('parties[].idNumber', index) ?? resident.idNumber) : null,
  }));
}
