// The lint configuration holds the layering of docs/ARCHITECTURE.md: each deliberately wrong import (or floating
// promise) below, linted as if it were a file inside that folder, must be reported; the allowed imports must not be.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let eslint: ESLint;

// The probe files do not exist on disk, so the type-aware parser is told to give them the tsconfig's options.
const PROBES = ['shared/logic/zzLayering.ts', 'shared/live/zzLayering.ts', 'client/src/zzLayering.ts', 'server/*/zzLayering.ts', 'server/http/routes/zzLayering.ts'];

beforeAll(async () => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: path.join(root, 'eslint.config.js'),
    overrideConfig: {
      files: ['**/zzLayering.ts'],
      languageOptions: { parserOptions: { projectService: { allowDefaultProject: PROBES, defaultProject: 'tsconfig.json', maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20 }, tsconfigRootDir: root } },
    },
  });
  // The first type-aware lint builds the TypeScript program; later ones reuse it.
  await rulesFiring('server/services/zzLayering.ts', 'export {};\n');
});

/** The rule ids reported for `code` as the file at `file` (a path from the repository root; it need not exist). */
async function rulesFiring(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

describe('import boundaries', () => {
  it.each([
    ['shared → server', 'shared/logic/zzLayering.ts', "import { DomainError } from '../../server/errors.js';\nexport const x = DomainError;\n"],
    ['shared → client', 'shared/logic/zzLayering.ts', "import { api } from '../../client/src/api.js';\nexport const x = api;\n"],
    ['client → server', 'client/src/zzLayering.ts', "import { DomainError } from '../../server/errors.js';\nexport const x = DomainError;\n"],
    ['store → http', 'server/store/zzLayering.ts', "import { noStore } from '../http/noStore.js';\nexport const x = noStore;\n"],
    ['store → express', 'server/store/zzLayering.ts', "import express from 'express';\nexport const x = express;\n"],
    ['store → yjs', 'server/store/zzLayering.ts', "import * as Y from 'yjs';\nexport const x = Y;\n"],
    ['http → live', 'server/http/zzLayering.ts', "import { attachLive } from '../live/index.js';\nexport const x = attachLive;\n"],
    ['http → live (type only)', 'server/http/routes/zzLayering.ts', "import type { LiveLayer } from '../../live/index.js';\nexport type X = LiveLayer;\n"],
    ['live → http', 'server/live/zzLayering.ts', "import { requireRole } from '../http/middleware.js';\nexport const x = requireRole;\n"],
    ['documents → services', 'server/documents/zzLayering.ts', "import { createServices } from '../services/index.js';\nexport const x = createServices;\n"],
    ['policy → store', 'server/policy/zzLayering.ts', "import { DuplicateKeyError } from '../store/port.js';\nexport const x = DuplicateKeyError;\n"],
    ['auth → services (code)', 'server/auth/zzLayering.ts', "import { userService } from '../services/users.js';\nexport const x = userService;\n"],
    ['services → exports renderer', 'server/services/zzLayering.ts', "import { minutesHtml } from '../exports/minutes.js';\nexport const x = minutesHtml;\n"],
  ])('%s is refused', async (_name, file, code) => {
    expect(await rulesFiring(file, code)).toContain(RESTRICTED);
  });

  it('allows the imports the layering permits (positive control)', async () => {
    const route = [
      "import { NotFound } from '../../errors.js';",
      "import type { Services } from '../../services/index.js';",
      "import { CASE } from '../../../shared/live/layout.js';",
      'export const x = (services: Services) => [new NotFound(String(services)), CASE];',
      '',
    ].join('\n');
    expect(await rulesFiring('server/http/routes/zzLayering.ts', route)).toEqual([]);
    // server/live/ in the services' rule never matches shared/live/.
    const service = "import { CASE } from '../../shared/live/layout.js';\nimport type { UserService } from './users.js';\nexport const x = (u: UserService) => [CASE, u];\n";
    expect(await rulesFiring('server/services/zzLayering.ts', service)).toEqual([]);
    // auth/ may take a service's type.
    expect(await rulesFiring('server/auth/zzLayering.ts', "import type { UserService } from '../services/users.js';\nexport type X = UserService;\n")).toEqual([]);
  });
});

describe('live document layout', () => {
  const rawRead = "import type * as Y from 'yjs';\nexport const control = (doc: Y.Doc) => doc.getMap('control').get('state');\n";

  it.each([
    ['a server service', 'server/services/zzLayering.ts'],
    ['the live layer', 'server/live/zzLayering.ts'],
    ['a client component', 'client/src/zzLayering.ts'],
  ])('refuses a top-level key read in %s', async (_name, file) => {
    expect(await rulesFiring(file, rawRead)).toContain('no-restricted-syntax');
  });

  it('allows it in shared/live/, and an accessor anywhere (positive control)', async () => {
    expect(await rulesFiring('shared/live/zzLayering.ts', rawRead)).toEqual([]);
    const accessor = "import type * as Y from 'yjs';\nimport { readControl } from '../../shared/live/meetingDoc.js';\nexport const control = (doc: Y.Doc) => readControl(doc).state;\n";
    expect(await rulesFiring('server/services/zzLayering.ts', accessor)).toEqual([]);
  });
});

describe('import cycles (npm run lint:cycles)', () => {
  /** Runs the same dpdm command as the npm script on the given entry files; its exit status. */
  function cycleCheck(cwd: string, entries: string[]): { status: number | null; output: string } {
    const bin = path.join(root, 'node_modules', '.bin', 'dpdm');
    const run = spawnSync(bin, ['--no-warning', '--no-tree', '-T', '--exit-code', 'circular:1', ...entries], { cwd, encoding: 'utf8', timeout: 120_000 });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  it('refuses two modules that import each other', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtable-cycle-'));
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const { status, output } = cycleCheck(dir, ['a.ts']);
    expect(status, output).toBe(1);
    expect(output).toContain('a.ts -> b.ts');
  });

  it('finds none in the server and the client as they are', () => {
    const { status, output } = cycleCheck(root, ['--tsconfig', 'tsconfig.json', 'server/main.ts', 'client/src/main.tsx']);
    expect(status, output).toBe(0);
  });
});

describe('promises (type-aware)', () => {
  it('refuses a floating promise in the server', async () => {
    const code = 'async function work(): Promise<void> {}\nexport function run(): void {\n  work();\n}\n';
    expect(await rulesFiring('server/services/zzLayering.ts', code)).toContain('@typescript-eslint/no-floating-promises');
  });

  it('refuses a promise where a void callback is expected in the client', async () => {
    const code = 'async function work(): Promise<void> {}\nexport function run(): void {\n  [1].forEach(async () => work());\n}\n';
    expect(await rulesFiring('client/src/zzLayering.ts', code)).toContain('@typescript-eslint/no-misused-promises');
  });

  it('accepts a promise that is awaited or deliberately voided with its errors handled', async () => {
    const code = 'async function work(): Promise<void> {}\nexport async function run(): Promise<void> {\n  await work();\n  void work().catch(() => undefined);\n}\n';
    expect(await rulesFiring('server/services/zzLayering.ts', code)).toEqual([]);
  });
});
