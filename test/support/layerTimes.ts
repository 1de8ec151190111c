// A Vitest reporter, added after the default one (vitest.config.ts): at the end of the run it prints one
// line per layer (Vitest project: unit, integration, browser) with its files, tests, the sum of its test
// files' durations and its wall-clock time (first file started to last file finished).
import type { Reporter, TestModule } from 'vitest/node';

interface Layer {
  files: number;
  tests: number;
  failed: number;
  skipped: number;
  durationMs: number;
  startedAt: number;
  endedAt: number;
}

const ORDER = ['unit', 'integration', 'browser'];

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export default class LayerTimes implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly ended = new Map<string, number>();

  onTestModuleStart(module: TestModule): void {
    this.started.set(module.id, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.ended.set(module.id, Date.now());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const layers = new Map<string, Layer>();
    for (const module of modules) {
      const name = module.project.name || 'default';
      const layer = layers.get(name) ?? { files: 0, tests: 0, failed: 0, skipped: 0, durationMs: 0, startedAt: Infinity, endedAt: 0 };
      layer.files++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'skipped' || state === 'pending') layer.skipped++;
        else layer.tests++;
        if (state === 'failed') layer.failed++;
      }
      const diagnostic = module.diagnostic();
      layer.durationMs += diagnostic.duration + diagnostic.collectDuration + diagnostic.setupDuration;
      const end = this.ended.get(module.id);
      if (end !== undefined) {
        // onTestModuleStart may come after the file's import; its own timings say when it really began.
        const spent = diagnostic.environmentSetupDuration + diagnostic.prepareDuration + diagnostic.setupDuration + diagnostic.collectDuration + diagnostic.duration;
        layer.startedAt = Math.min(layer.startedAt, this.started.get(module.id) ?? Infinity, end - spent);
        layer.endedAt = Math.max(layer.endedAt, end);
      }
      layers.set(name, layer);
    }
    if (layers.size === 0) return;
    const names = [...layers.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
    const lines = names.map((name) => {
      const l = layers.get(name)!;
      const wall = l.endedAt >= l.startedAt ? `, wall-clock ${seconds(l.endedAt - l.startedAt)}` : '';
      const extra = [l.failed ? `${l.failed} failed` : '', l.skipped ? `${l.skipped} skipped` : ''].filter(Boolean).join(', ');
      return `${name}: ${l.files} files, ${l.tests} tests${extra ? ` (${extra})` : ''}, ${seconds(l.durationMs)}${wall}`;
    });
    process.stdout.write(`\n Layer times (sum of test file durations, wall-clock)\n${lines.map((line) => `   ${line}\n`).join('')}\n`);
  }
}
