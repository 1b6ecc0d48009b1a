/** The read models have not reached a position yet: answer 503 and let the client retry. */
export class ReadModelsBehind extends Error {
  override readonly name = 'ReadModelsBehind';
}
