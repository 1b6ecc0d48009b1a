/** A reveal of values whose residents' keys were destroyed: there is nothing left to show. */
export class PersonalDataGone extends Error {
  override readonly name = 'PersonalDataGone';
  readonly caseId: string;
  readonly fields: readonly string[];

  constructor(caseId: string, fields: readonly string[]) {
    super(
      `The residents' personal data on case ${caseId} (${fields.join(', ')}) was erased on request: there is nothing to reveal. Nothing was recorded.`,
    );
    this.caseId = caseId;
    this.fields = fields;
  }
}
