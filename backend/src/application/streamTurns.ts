// Commands on one stream from this process take turns. Started together they would all
// read the same revision and all but one would lose the append; in turn, each decides on
// the state the one before it left, so only another process's write can make an append
// lose. The store's expected-revision check still guards every append.

const tails = new WeakMap<object, Map<string, Promise<void>>>();

/** Runs `work` once every earlier call for this store and stream has settled. */
export const inTurn = <T>(
  store: object,
  streamName: string,
  work: () => Promise<T>,
): Promise<T> => {
  let streams = tails.get(store);
  if (!streams) tails.set(store, (streams = new Map()));
  const result = (streams.get(streamName) ?? Promise.resolve()).then(work);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  streams.set(streamName, tail);
  // The last in line clears the entry, so idle streams hold no memory.
  void tail.then(() => {
    if (streams.get(streamName) === tail) streams.delete(streamName);
  });
  return result;
};
