import { setTimeout as sleep } from 'node:timers/promises';
import { disputeBody, issueBody } from '../../api/support/payloads.ts';
import { people, type Username } from '../../api/support/testDistrict.ts';
import { crashPassword } from './crashDataDir.ts';

// Many clients sending commands over HTTP at once, each with an Idempotency-Key, as the
// console and the patrol app do; what they were told (2xx) is what the log must keep.

/** A command as sent: enough to send it again, and to find its events by key. */
export interface SentCommand {
  readonly username: Username;
  readonly personId: string;
  readonly key: string;
  readonly path: string;
  readonly body: unknown;
}

export interface Acknowledged extends SentCommand {
  readonly streamName: string;
  readonly eventCount: number;
  /** The log position of the command's last event, as the answer gave it. */
  readonly position: string;
}

export interface LoadResult {
  readonly acknowledged: Acknowledged[];
  /** Sent, but the server died before answering: written or not, nobody was told. */
  readonly unanswered: SentCommand[];
  /** Answers that were neither a success nor "retry later": each one a finding. */
  readonly refused: string[];
}

/** Who sends commands: everyone who may log a case in grid-ryy-1 and write notes on it. */
const senders: readonly Username[] = [
  'worker',
  'worker2',
  'leader',
  'community',
  'community2',
  'supervisor',
  'admin',
];

const signIn = async (base: string, username: Username) => {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: crashPassword }),
  });
  if (response.status !== 200) throw new Error(`${username} could not sign in: ${response.status}`);
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
};

const patrol = (personId: string, key: string) => ({
  inspectionId: `insp-${key}`,
  gridId: 'grid-ryy-1',
  inspectorId: personId,
  startedAt: new Date(Date.now() - 3_600_000).toISOString(),
  endedAt: new Date(Date.now() - 600_000).toISOString(),
  buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 4 }],
  welfareChecks: [],
  findings: [],
});

/**
 * Starts `clients` clients against `base`. The ones in `retries` (unanswered by a killed
 * server) are sent again first, with the same key. `reached` resolves once `ackTarget`
 * commands were acknowledged; `halt` stops sending and returns what each was told.
 */
export const startLoad = (options: {
  base: string;
  clients: number;
  ackTarget: number;
  retries: readonly SentCommand[];
  /** Cases every client may write notes on; grows as disputes are logged. */
  cases: string[];
  round: number;
  random: () => number;
}) => {
  const { base, clients, ackTarget, cases, random } = options;
  const result: LoadResult = { acknowledged: [], unanswered: [], refused: [] };
  let stopped = false;
  let sequence = 0;
  let onReached: () => void = () => {};
  const reached = new Promise<void>((resolve) => (onReached = resolve));

  /** Sends one command until it gets an answer that is not "retry later"; false if the server is gone. */
  const send = async (headers: Record<string, string>, command: SentCommand): Promise<boolean> => {
    for (;;) {
      let response: Response;
      try {
        response = await fetch(`${base}${command.path}`, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': command.key },
          body: JSON.stringify(command.body),
        });
      } catch {
        result.unanswered.push(command);
        return false;
      }
      const text = await response.text().catch(() => undefined);
      if (text === undefined) {
        result.unanswered.push(command);
        return false;
      }
      if (response.status === 503 && text.includes('catching up')) {
        await sleep(50);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        result.refused.push(`${command.path} (${command.key}): ${response.status} ${text}`);
        return true;
      }
      const body = JSON.parse(text) as { id: string; streamName: string; position: string };
      const events = (body as unknown as { events: unknown[] }).events;
      result.acknowledged.push({
        ...command,
        streamName: body.streamName,
        eventCount: events.length,
        position: body.position,
      });
      if (command.path === '/api/cases/disputes' || command.path === '/api/cases/issues')
        cases.push(body.id);
      if (result.acknowledged.length === ackTarget) onReached();
      return true;
    }
  };

  const nextCommand = (username: Username, client: number): SentCommand => {
    const personId = people[username].personId;
    const key = `r${options.round}-c${client}-${(sequence += 1)}`;
    const at = (path: string, body: unknown) => ({ username, personId, key, path, body });
    const dice = random();
    if (cases.length === 0 || dice < 0.2) return at('/api/cases/disputes', disputeBody);
    if (dice < 0.3) return at('/api/cases/issues', issueBody);
    if (dice < 0.4 && username.startsWith('worker'))
      return at('/api/inspections', patrol(personId, key));
    const caseId = cases[Math.floor(random() * cases.length)]!;
    return at(`/api/cases/${caseId}/notes`, { text: `巡查记录 ${key}` });
  };

  const sessions = new Map<Username, Promise<Record<string, string>>>();
  const sessionOf = (username: Username) => {
    let session = sessions.get(username);
    if (!session) sessions.set(username, (session = signIn(base, username)));
    return session;
  };

  const runClient = async (client: number): Promise<void> => {
    const username = senders[client % senders.length]!;
    // Killed while signing in: nothing was sent, so nothing to account for.
    const headers = await sessionOf(username).catch(() => undefined);
    if (!headers) return;
    while (!stopped) {
      if (!(await send(headers, nextCommand(username, client)))) return;
    }
  };

  const running = (async () => {
    // A retry after a crash must be answered, and its events be in the log once.
    const retried = await Promise.all(
      options.retries.map(async (command) => {
        const headers = await sessionOf(command.username).catch(() => undefined);
        if (headers) return send(headers, command);
        result.unanswered.push(command);
        return false;
      }),
    );
    if (retried.every(Boolean))
      await Promise.all(Array.from({ length: clients }, (_, client) => runClient(client)));
    onReached();
  })();

  return {
    reached,
    halt: async (): Promise<LoadResult> => {
      stopped = true;
      await running;
      return result;
    },
  };
};
