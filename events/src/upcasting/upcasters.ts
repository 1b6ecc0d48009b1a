import { disputeLoggedV1ToV2 } from './disputeLoggedV1.ts';
import { upcasterRegistry } from './upcaster.ts';

/** Every upcaster in use; a type at version N needs one from each of 1 … N-1. */
export const upcasters = [disputeLoggedV1ToV2];

export const defaultUpcasterRegistry = upcasterRegistry(upcasters);
