// The client's errors as the port's. Anything not named here passes through unchanged.
import {
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  StreamDeletedError as ClientStreamDeletedError,
  StreamNotFoundError as ClientStreamNotFoundError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  AppendOutcomeUnknownError,
  AppendTooLargeError,
  EventTooLargeError,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '../errors.ts';
import type { ExpectedRevision } from '../port.ts';

// The 6.x client predates the server's per-event limit (24.10.4) and reports it as an error
// it could not recognise, naming the server's status message.
const isEventTooLarge = (error: unknown): boolean =>
  error instanceof UnknownError && error.message.includes('MaximumAppendEventSizeExceeded');

export const fromAppendError = (
  error: unknown,
  streamName: string,
  expected: ExpectedRevision,
): unknown => {
  if (error instanceof ClientWrongExpectedVersionError)
    return new WrongExpectedVersionError(streamName, expected, error.actualVersion);
  if (error instanceof ClientStreamDeletedError) return new StreamDeletedError(streamName);
  if (error instanceof MaxAppendSizeExceededError)
    return new AppendTooLargeError(streamName, error.maxAppendSize);
  if (isEventTooLarge(error)) return new EventTooLargeError(streamName);
  // A write timeout, or a connection lost or cancelled once the request may have left:
  // the server may have written the events, or may yet.
  if (
    error instanceof DeadlineExceededError ||
    error instanceof UnavailableError ||
    error instanceof CancelledError
  )
    return new AppendOutcomeUnknownError(streamName, { cause: error });
  return error;
};

export const fromReadError = (error: unknown, streamName: string): unknown => {
  if (error instanceof ClientStreamNotFoundError) return new StreamNotFoundError(streamName);
  if (error instanceof ClientStreamDeletedError) return new StreamDeletedError(streamName);
  return error;
};
