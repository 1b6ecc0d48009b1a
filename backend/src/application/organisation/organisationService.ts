import type { OrganisationEvent } from '@gridline/events';
import { decideOrganisation } from '../../domain/organisation/decideOrganisation.ts';
import type {
  OrganisationCommand,
  OrganisationCommandType,
} from '../../domain/organisation/organisationCommands.ts';
import {
  organisationStreamFor,
  startsOrganisationStream,
} from '../../domain/organisation/organisationStreams.ts';
import type { EventStore } from '../../eventStore/port.ts';
import type { CommandContext } from '../commandContext.ts';
import {
  handleStreamCommand,
  type CommandOutcome,
  type StreamModel,
} from '../handleStreamCommand.ts';
import type { OrganisationDirectoryReader } from '../organisationDirectoryReader.ts';

// Organisation commands are decided against the whole directory (a community needs its
// street), not against their own small stream, so the stream model keeps no state.
const noState: StreamModel<null, OrganisationEvent> = { initialState: null, evolve: () => null };

export const organisationService = (store: EventStore, directory: OrganisationDirectoryReader) => ({
  async execute(
    type: OrganisationCommandType,
    payload: OrganisationCommand['data'],
    context: CommandContext,
  ): Promise<CommandOutcome<null, OrganisationEvent>> {
    const command = { type, data: payload, actor: context.actor } as OrganisationCommand;
    const current = await directory.current();
    return handleStreamCommand(
      store,
      organisationStreamFor(command),
      noState,
      // Establishing an id twice must fail even when two admins race.
      startsOrganisationStream(command) ? { ...context, expectedRevision: 'no_stream' } : context,
      { type, payload },
      () => decideOrganisation(command, current),
    );
  },
});

export type OrganisationService = ReturnType<typeof organisationService>;
