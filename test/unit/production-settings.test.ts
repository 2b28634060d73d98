import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { deviceLabel } from '../../server/domain/device-label.js';
import { forwardedClient } from '../../server/routes/client-address.js';

const TICKET_KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const PROD = { AWS_REGION: 'ap-south-1', PUBLIC_URL: 'https://tickets.example.in', TICKET_SIGNING_KEY: TICKET_KEY, TICKET_KEY_ID: 'k1' };

describe('production settings', () => {
  it('refuses a missing, short, low-variety or placeholder APP_SECRET', () => {
    expect(() => loadConfig({ ...PROD })).toThrow(/APP_SECRET: must be set/);
    expect(() => loadConfig({ ...PROD, APP_SECRET: 'short-secret' })).toThrow(/APP_SECRET/);
    expect(() => loadConfig({ ...PROD, APP_SECRET: 'ab'.repeat(20) })).toThrow(/too weak/);
    for (const s of ['change-me-change-me-please-0123456789', 'this-is-my-EXAMPLE-secret-value-0123456789', 'Qw3rTy!9Zx'.repeat(4)]) {
      expect(() => loadConfig({ ...PROD, APP_SECRET: s }), s).toThrow(/placeholder/);
    }
    expect(loadConfig({ ...PROD, APP_SECRET: 'k3J9q-Vx72_LmPz8wQe4RtYu1IoPaSdF' }).mode).toBe('production');
  });

  it('refuses a plain-http PUBLIC_URL and a missing ticket key in production, not in local mode', () => {
    const secret = 'k3J9q-Vx72_LmPz8wQe4RtYu1IoPaSdF';
    expect(() => loadConfig({ ...PROD, APP_SECRET: secret, PUBLIC_URL: 'http://tickets.example.in' })).toThrow(/https/);
    expect(() => loadConfig({ ...PROD, APP_SECRET: secret, TICKET_SIGNING_KEY: '' })).toThrow(/TICKET_SIGNING_KEY/);
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).mode).toBe('local');
  });

  it('reads TRUST_PROXY_HOPS (0 by default, at most 5)', () => {
    expect(loadConfig({}).trustProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY_HOPS: '1' }).trustProxyHops).toBe(1);
    expect(() => loadConfig({ TRUST_PROXY_HOPS: '9' })).toThrow(/TRUST_PROXY_HOPS/);
  });
});

describe('forwardedClient', () => {
  it('uses the TCP peer unless proxies are trusted, and then only the entries they appended', () => {
    expect(forwardedClient('1.2.3.4', '10.0.0.5', 0)).toBe('10.0.0.5');
    expect(forwardedClient(undefined, '10.0.0.5', 1)).toBe('10.0.0.5');
    // One load balancer: it appended the address it saw; what the client wrote before is ignored.
    expect(forwardedClient('6.6.6.6, 203.0.113.7', '10.0.0.5', 1)).toBe('203.0.113.7');
    // CDN → load balancer.
    expect(forwardedClient('6.6.6.6, 203.0.113.7, 130.176.0.9', '10.0.0.5', 2)).toBe('203.0.113.7');
    expect(forwardedClient('203.0.113.7', '10.0.0.5', 3)).toBe('203.0.113.7');
  });
});

describe('deviceLabel', () => {
  it('names common browsers and systems', () => {
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36')).toBe('Chrome on Android');
    expect(deviceLabel('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari on iPhone');
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0')).toBe('Edge on Windows');
    expect(deviceLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox on Mac');
    expect(deviceLabel('curl/8.5.0')).toBe('An app');
    expect(deviceLabel(undefined)).toBe('Unknown device');
  });
});
