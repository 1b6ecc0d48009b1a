// Protocol messages the stand-in sends, built with the client's own generated classes so
// the client decodes them exactly as it would decode a server's.
import { randomUUID } from 'node:crypto';
import shared from '@eventstore/db-client/generated/shared_pb.js';
import status from '@eventstore/db-client/generated/status_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import anyPb from 'google-protobuf/google/protobuf/any_pb.js';

const { ReadResp } = streamsPb;

export interface WireEvent {
  readonly streamName: string;
  readonly type: string;
  readonly revision?: number;
  /** Commit and prepare position alike. */
  readonly position: number;
  readonly data?: unknown;
}

const uuid = (value: string) => new shared.UUID().setString(value);

const streamIdentifier = (name: string) =>
  new shared.StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));

export const eventMessage = (event: WireEvent): InstanceType<typeof ReadResp> => {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(uuid(randomUUID()))
    .setStreamIdentifier(streamIdentifier(event.streamName))
    .setStreamRevision(String(event.revision ?? 0))
    .setCommitPosition(String(event.position))
    .setPreparePosition(String(event.position))
    .setData(Buffer.from(JSON.stringify(event.data ?? {}), 'utf8'));
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', 'application/json')
    // In 100 ns ticks since the Unix epoch, as the server sends it.
    .set('created', String(BigInt(Date.now()) * 10_000n));
  const read = new ReadResp.ReadEvent()
    .setEvent(recorded)
    .setCommitPosition(String(event.position));
  return new ReadResp().setEvent(read);
};

export const confirmationMessage = () =>
  new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId('s'));

export const checkpointMessage = (position: number) =>
  new ReadResp().setCheckpoint(
    new ReadResp.Checkpoint()
      .setCommitPosition(String(position))
      .setPreparePosition(String(position)),
  );

/** A google.rpc.Status as the server puts it in a BatchAppendResp, details packed by type name. */
export const rpcStatus = (
  code: number,
  typeName: string,
  details: Uint8Array = new Uint8Array(),
) => {
  const packed = new anyPb.Any();
  packed.pack(details, `event_store.client.${typeName}`);
  return new status.Status().setCode(code).setMessage(typeName).setDetails(packed);
};

export const appendFailure = (
  request: streamsPb.BatchAppendReq,
  error: InstanceType<typeof status.Status>,
) =>
  new streamsPb.BatchAppendResp()
    .setCorrelationId(request.getCorrelationId())
    .setStreamIdentifier(request.getOptions()?.getStreamIdentifier())
    .setError(error);

export const appendSuccess = (
  request: streamsPb.BatchAppendReq,
  revision: number,
  position: number,
) =>
  new streamsPb.BatchAppendResp()
    .setCorrelationId(request.getCorrelationId())
    .setStreamIdentifier(request.getOptions()?.getStreamIdentifier())
    .setSuccess(
      new streamsPb.BatchAppendResp.Success()
        .setCurrentRevision(String(revision))
        .setPosition(
          new shared.AllStreamPosition()
            .setCommitPosition(String(position))
            .setPreparePosition(String(position)),
        ),
    );
