import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandBodyLimitBytes } from '@gridline/backend/http/app.ts';

interface Service {
  image: string;
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(
  readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'),
) as { services: Record<string, Service> };
const eventstore = compose.services['eventstore']!;
const app = compose.services['app']!;
const connection = new URL(app.environment!['EVENTSTORE_CONNECTION_STRING']!);
const containerPorts = (service: Service) =>
  (service.ports ?? []).map((mapping) => mapping.split(':').at(-1));

describe('docker-compose.yml', () => {
  it('points the app at the eventstore service by its service name', () => {
    expect(connection.protocol).toBe('esdb:');
    expect(connection.hostname).toBe('eventstore');
  });

  it('uses the port the eventstore publishes and health-checks', () => {
    expect(containerPorts(eventstore)).toContain(connection.port);
    expect(eventstore.environment!['EVENTSTORE_NODE_PORT']).toBe(connection.port);
    expect(eventstore.healthcheck!.test.join(' ')).toContain(
      `http://localhost:${connection.port}/health/live`,
    );
  });

  it('turns TLS off on both sides, or on on both', () => {
    const insecure = eventstore.environment!['EVENTSTORE_INSECURE'] === 'true';
    expect(connection.searchParams.get('tls')).toBe(insecure ? 'false' : 'true');
  });

  it("runs EventStoreDB 24.10 from Kurrent's registry, at a pinned patch release", () => {
    expect(eventstore.image).toMatch(
      /^docker\.eventstore\.com\/eventstore\/eventstoredb-ee:24\.10\.\d+$/,
    );
  });

  it('accepts in one append the events of the largest command the API takes', () => {
    const maxAppendSize = Number(eventstore.environment!['EVENTSTORE_MAX_APPEND_SIZE']);
    expect(maxAppendSize).toBeGreaterThan(commandBodyLimitBytes);
  });

  it('leaves AtomPub off, since nothing here uses it', () => {
    expect(eventstore.environment).not.toHaveProperty('EVENTSTORE_ENABLE_ATOM_PUB_OVER_HTTP');
  });

  it('starts the app only once the store is healthy', () => {
    expect(app.depends_on!['eventstore']!.condition).toBe('service_healthy');
  });

  it('runs the app on Node 24 and publishes the port it listens on', () => {
    expect(app.image).toMatch(/^node:24\b/);
    expect(containerPorts(app)).toContain(app.environment!['PORT']);
  });
});
