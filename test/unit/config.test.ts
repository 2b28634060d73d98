import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

const STRONG = 'k3J9q-Vx72_LmPz8wQe4RtYu1IoPaSdF';
const TICKET_KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

describe('loadConfig', () => {
  it('starts in local mode with the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      mode: 'local',
      port: 3000,
      kioskPort: 3100,
      dataDir: './data',
      demoPassword: 'moviemagic-demo',
      tableName: 'moviemagic',
      rateLimits: 'on',
      secureCookies: false,
      holdMinutes: 10,
    });
    expect(c.allowedOrigins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATA_DIR: '' }).port).toBe(3000);
  });

  it('names every bad setting in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', DYNAMODB_ENDPOINT: 'not a url', RATE_LIMITS: 'maybe' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DYNAMODB_ENDPOINT/);
      expect(problems).toMatch(/RATE_LIMITS/);
    }
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('requires a strong secret and a public URL in production mode', () => {
    expect(() => loadConfig({ AWS_REGION: 'ap-south-1' })).toThrow(/APP_SECRET[\s\S]*PUBLIC_URL/);
    expect(() => loadConfig({ AWS_REGION: 'ap-south-1', APP_SECRET: 'a'.repeat(40), PUBLIC_URL: 'https://t.example.in' })).toThrow(/too weak/);
    const c = loadConfig({
      AWS_REGION: 'ap-south-1',
      APP_SECRET: STRONG,
      PUBLIC_URL: 'https://tickets.example.in/',
      TICKET_SIGNING_KEY: TICKET_KEY,
      TICKET_KEY_ID: 'k1',
    });
    expect(c).toMatchObject({ mode: 'production', secureCookies: true, publicUrl: 'https://tickets.example.in', region: 'ap-south-1' });
    expect(c.allowedOrigins).toEqual(['https://tickets.example.in']);
  });

  it('refuses a malformed region', () => {
    expect(() => loadConfig({ AWS_REGION: 'mumbai' })).toThrow(/AWS_REGION/);
  });
});
