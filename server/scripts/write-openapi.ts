// Writes the OpenAPI document (GET /api/openapi.json) to a file without starting a server, for the linter.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiDocument } from '../http/openapi.js';

const target = path.resolve(process.argv[2] ?? 'node_modules/.cache/roundtable/openapi.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
console.log(`OpenAPI document written to ${path.relative(process.cwd(), target)}`);
