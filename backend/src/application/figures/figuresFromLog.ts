import { foldEvent, emptyLogFacts, logFigureBook, logPlaces } from '@gridline/projections';
import { comparePositions, type EventStore, type Position } from '../../eventStore/port.ts';
import { decodeRecorded } from '../../readModels/decodeRecorded.ts';

// The auditor's recomputation, from the store: every event from the start of the log up
// to and including `position`, decoded to its current version and folded — no read model
// is opened, so what it counts is what the log says.

export const figuresFromLog = async (store: EventStore, position: Position) => {
  const facts = emptyLogFacts();
  let events = 0;
  for await (const record of store.readAll({ fromPosition: 'start' })) {
    if (comparePositions(record.position, position) > 0) break;
    foldEvent(facts, decodeRecorded(record));
    events += 1;
  }
  return { book: logFigureBook(facts), places: logPlaces(facts), events };
};
