/**
 * Where a connection string points, for the start-up banner and the health endpoint: its
 * scheme and hosts, never its credentials or settings. Read with the client's own grammar
 * rather than `new URL`, which refuses the several hosts of a cluster (`esdb://a,b,c`).
 */
export const connectionLocation = (connectionString: string): string => {
  const match = /^(?<scheme>[^:]+):\/\/(?:[^:]+:[^@]+@)?(?<hosts>[^?]*)/.exec(
    connectionString.trim(),
  );
  const { scheme, hosts } = match?.groups ?? {};
  if (!scheme || !hosts) throw new TypeError('Not an EventStoreDB connection string');
  return `${scheme}://${hosts.replace(/\/+$/, '')}`;
};
