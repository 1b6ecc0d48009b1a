// A gRPC stand-in for the adapter's plumbing tests, served from the client's own protocol
// definitions. Each test hands it the one behaviour it needs (a read that ends with items
// still buffered, an append answered with a given error); everything else is unimplemented.
// It is not EventStoreDB, and a test passing against it says nothing about EventStoreDB.
import type {
  ServerDuplexStream,
  ServerUnaryCall,
  ServerWritableStream,
  sendUnaryData,
} from '@grpc/grpc-js';
import grpc from '@grpc/grpc-js';
import features from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import featuresPb from '@eventstore/db-client/generated/serverfeatures_pb.js';
import type {
  BatchAppendReq,
  BatchAppendResp,
  ReadReq,
  ReadResp,
} from '@eventstore/db-client/generated/streams_pb.js';
import streams from '@eventstore/db-client/generated/streams_grpc_pb.js';

export interface StandInBehaviour {
  read?: (call: ServerWritableStream<ReadReq, ReadResp>) => void;
  batchAppend?: (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => void;
}

export interface StandIn {
  /** Insecure, single node: what `openEventStoreDb` takes. */
  readonly connectionString: string;
  stop(): Promise<void>;
}

// The client asks which methods the server has before its first append; naming BatchAppend
// sends appends down the same path they take to a 24.10 server.
const supportedMethods = (behaviour: StandInBehaviour) => {
  const methods = new featuresPb.SupportedMethods();
  methods.setEventStoreServerVersion('stand-in');
  if (behaviour.batchAppend) {
    const batchAppend = new featuresPb.SupportedMethod();
    batchAppend.setServiceName('event_store.client.streams.Streams');
    batchAppend.setMethodName('BatchAppend');
    methods.setMethodsList([batchAppend]);
  }
  return methods;
};

export const startStandIn = async (behaviour: StandInBehaviour): Promise<StandIn> => {
  const server = new grpc.Server();
  server.addService(streams.StreamsService, {
    ...(behaviour.read && { read: behaviour.read }),
    ...(behaviour.batchAppend && { batchAppend: behaviour.batchAppend }),
  });
  server.addService(features.ServerFeaturesService, {
    getSupportedMethods: (
      _call: ServerUnaryCall<unknown, featuresPb.SupportedMethods>,
      callback: sendUnaryData<featuresPb.SupportedMethods>,
    ) => callback(null, supportedMethods(behaviour)),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    stop: async () => server.forceShutdown(),
  };
};

/**
 * A BatchAppend behaviour: every append request is kept in `received`, and each one that
 * completes an append (small appends fit one request) gets `answer`'s reply.
 */
export const answerEachAppend =
  (answer: (request: BatchAppendReq) => BatchAppendResp, received: BatchAppendReq[] = []) =>
  (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
    call.on('data', (request: BatchAppendReq) => {
      received.push(request);
      if (request.getIsFinal()) call.write(answer(request));
    });
    call.on('end', () => call.end());
  };
