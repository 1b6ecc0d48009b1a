// What the HTTP benchmarks share: signing in as a demo person, and reading percentiles.

export interface Session {
  readonly cookie: string;
  readonly scope: { readonly kind: string; readonly id: string };
  readonly personId: string;
}

export const signIn = async (
  base: string,
  username: string,
  password: string,
): Promise<Session> => {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`${username} could not sign in: ${response.status}`);
  const { account } = (await response.json()) as { account: Omit<Session, 'cookie'> };
  return { ...account, cookie: response.headers.getSetCookie()[0]!.split(';')[0]! };
};

/** The p-th percentile of times sorted in ascending order. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
