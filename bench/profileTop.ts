// Summarise a V8 CPU profile (.cpuprofile, from `npm run bench -- --profile`): the top functions by self time and
// the top files, so a profile can be compared before and after a change in a closing note.
// Run: npx tsx bench/profileTop.ts bench/results/profiles/<file>.cpuprofile [count]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profileTop.ts <profile.cpuprofile> [count]');
const count = Number(countArg ?? 20);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
// Start-up (module loading) and idle time are left out: the percentages are of the time spent serving.
const isStartup = (id: number): boolean => {
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
    if (byId.get(at)!.callFrame.url.startsWith('node:internal/modules')) return true;
  return false;
};
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  const { functionName } = byId.get(id)!.callFrame;
  if (functionName === '(idle)' || isStartup(id)) return;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const shortUrl = (url: string) => url.replace(/^file:\/\/.*?node_modules\//, '').replace(/^file:\/\/.*?\/(server|shared)\//, '$1/');
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '(native)';
  const key = `${functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const fileKey = url ? shortUrl(url).split(':')[0] : functionName || '(native)';
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
  total += us;
}
const top = (m: Map<string, number>) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
console.log(`busy serving ${(total / 1e6).toFixed(1)} s (idle and module loading left out)\n\nself time by function:\n${top(byFunction).join('\n')}\n\nself time by file:\n${top(byFile).join('\n')}`);
