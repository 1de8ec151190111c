// Test hook: ROUNDTABLE_TEST_PAUSE_CLOSE=before-commit|after-commit makes a close print a marker
// line and wait forever, so a crash test can SIGKILL the process exactly there. Test runs only.
export type PausePoint = 'before-commit' | 'after-commit';

export const PAUSE_MARKER = 'ROUNDTABLE_CLOSE_PAUSED';

export async function pauseForTest(point: PausePoint): Promise<void> {
  if (process.env.NODE_ENV !== 'test' || process.env.ROUNDTABLE_TEST_PAUSE_CLOSE !== point) return;
  process.stdout.write(`${PAUSE_MARKER} ${point}\n`);
  await new Promise<never>(() => {});
}
