import { DemoSettingsError, readDemoSettings } from '@gridline/backend/demo/demoSettings.ts';
import { describe, expect, it } from 'vitest';

// What `npm start` reads about the demo district from its environment.

describe('The demo settings', () => {
  it('default to the default district, seed 2026 and the printed password', () => {
    expect(readDemoSettings({})).toEqual({
      enabled: true,
      size: 'default',
      seed: 2026,
      password: 'gridline-demo-2026',
      passwordIsDefault: true,
    });
  });

  it('read the size, seed and password from the environment', () => {
    const env = {
      GRIDLINE_DEMO_SIZE: '5000',
      GRIDLINE_DEMO_SEED: '7',
      GRIDLINE_DEMO_PASSWORD: 'a long local password',
    };
    expect(readDemoSettings(env)).toMatchObject({
      size: 5000,
      seed: 7,
      password: 'a long local password',
      passwordIsDefault: false,
    });
  });

  it('switch the demo off, whatever else is set', () => {
    const env = {
      GRIDLINE_DEMO: 'off',
      GRIDLINE_DEMO_SIZE: 'huge',
      GRIDLINE_DEMO_PASSWORD: 'short',
    };
    expect(readDemoSettings(env).enabled).toBe(false);
  });

  it.each([
    [{ GRIDLINE_DEMO_SIZE: 'huge' }, /GRIDLINE_DEMO_SIZE/],
    [{ GRIDLINE_DEMO_SEED: 'seven' }, /seed/],
    [{ GRIDLINE_DEMO_PASSWORD: 'short' }, /12 to 256/],
  ])('refuse %o, saying why', (env, message) => {
    expect(() => readDemoSettings(env)).toThrow(DemoSettingsError);
    expect(() => readDemoSettings(env)).toThrow(message);
  });
});
