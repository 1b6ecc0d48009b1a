// The event-store contract: one suite, run against every adapter so that moving
// between the embedded store and EventStoreDB changes nothing for callers.
import { afterEach, beforeEach, describe } from 'vitest';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { appendContract } from './appendContract.ts';
import { idempotencyContract } from './idempotencyContract.ts';
import { modelContract } from './modelContract.ts';
import { readAllContract } from './readAllContract.ts';
import { readStreamContract } from './readStreamContract.ts';
import type { ContractOptions, OpenedStore, OpenStore } from './storeHarness.ts';
import { subscriptionContract } from './subscriptionContract.ts';

export type { ContractOptions, OpenedStore, OpenStore } from './storeHarness.ts';

export const eventStoreContract = (
  name: string,
  open: OpenStore,
  options: ContractOptions,
): void => {
  describe(`The ${name} event store`, () => {
    let opened: OpenedStore | undefined;
    beforeEach(async () => {
      opened = await open();
    });
    afterEach(async () => {
      await opened?.cleanup();
      opened = undefined;
    });
    const storeUnderTest = (): EventStore => {
      if (!opened) throw new Error('No store is open outside a test');
      return opened.store;
    };

    appendContract(storeUnderTest);
    idempotencyContract(storeUnderTest);
    readStreamContract(storeUnderTest);
    readAllContract(storeUnderTest);
    subscriptionContract(storeUnderTest, options);
    modelContract(storeUnderTest);
  });
};
