/**
 * Makes sure the machine has what local mode and the tests need besides npm packages:
 *   node --import tsx server/local/preflight.ts java chromium
 * A missing Debian package is installed when we can (root with apt-get); otherwise we stop
 * with the one command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { JAVA_INSTALL_COMMAND, javaMajorVersion } from './java.js';

import { CHROMIUM_PATHS, INDIC_FONT_PATHS } from './preflight-paths.js';
const CHROMIUM_INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium fonts-noto-core';

interface Need {
  name: string;
  present: () => boolean;
  packages: string[];
  command: string;
}

const NEEDS: Record<string, Need> = {
  java: {
    name: 'Java 17+ (for DynamoDB Local)',
    present: () => (javaMajorVersion() ?? 0) >= 17,
    packages: ['openjdk-17-jre-headless'],
    command: JAVA_INSTALL_COMMAND,
  },
  chromium: {
    name: 'Chromium with Devanagari and Telugu fonts (for the browser tests)',
    present: () => CHROMIUM_PATHS.some((p) => existsSync(p)) && INDIC_FONT_PATHS.every((p) => existsSync(p)),
    packages: ['chromium', 'fonts-noto-core'],
    command: CHROMIUM_INSTALL_COMMAND,
  },
};

function canInstall(): boolean {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function install(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0;
}

const wanted = process.argv.slice(2);
const missing = wanted.map((w) => {
  const need = NEEDS[w];
  if (!need) {
    console.error(`preflight: unknown requirement "${w}" (known: ${Object.keys(NEEDS).join(', ')})`);
    process.exit(2);
  }
  return need;
}).filter((n) => !n.present());

if (missing.length) {
  if (canInstall()) {
    console.log(`preflight: installing ${missing.map((m) => m.name).join(' and ')} with apt-get…`);
    if (!install(missing.flatMap((m) => m.packages)) || missing.some((m) => !m.present())) {
      console.error(`preflight: the install failed. Run:\n  ${missing.map((m) => m.command).join('\n  ')}`);
      process.exit(1);
    }
  } else {
    console.error(
      `preflight: missing ${missing.map((m) => m.name).join(' and ')}. Run (as root):\n  ${missing.map((m) => m.command).join('\n  ')}`,
    );
    process.exit(1);
  }
}
