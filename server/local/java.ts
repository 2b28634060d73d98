import { spawnSync } from 'node:child_process';

export const JAVA_INSTALL_COMMAND = 'apt-get update && apt-get install -y openjdk-17-jre-headless';

/** The major version of the `java` on PATH, or null when there is none. */
export function javaMajorVersion(javaBin = 'java'): number | null {
  const out = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return null;
  const text = `${out.stderr}${out.stdout}`;
  const m = text.match(/version "(\d+)(?:\.(\d+))?/);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

export class JavaMissingError extends Error {
  readonly exitCode = 3;
  constructor(found: number | null) {
    super(
      `${found === null ? 'Java was not found' : `Java ${found} was found`}; DynamoDB Local needs Java 17 or newer.\n` +
        `Install it with:  ${JAVA_INSTALL_COMMAND}`,
    );
    this.name = 'JavaMissingError';
  }
}

export function requireJava17(javaBin = 'java'): void {
  const major = javaMajorVersion(javaBin);
  if (major === null || major < 17) throw new JavaMissingError(major);
}
