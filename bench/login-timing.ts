// Benchmark: how long a refused sign-in takes for a wrong password and for an unknown user. Both should pay
// for one scrypt run (the unknown user against a dummy hash), so their medians should be close; the test
// (test/records/auth.test.ts) checks the behaviour, this measures the time, which a test on a busy
// machine cannot do reliably.
// Run: npx tsx bench/login-timing.ts [rounds=20]
process.env.NODE_ENV = 'test';
// No lockout and no progressive delay: they would measure the guard, not the password check.
process.env.LOCKOUT_THRESHOLD = '1000000';
process.env.LOGIN_DELAY_BASE_MS = '0';

const { ApiClient } = await import('../test/support/http.js');
const { PASSWORD, startTestServer } = await import('../test/support/server.js');

export {};

const rounds = Number(process.argv[2] ?? 20);

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = await startTestServer({ loginAttemptLimit: 1_000_000 });
try {
  async function timeLogin(username: string, password: string): Promise<{ ms: number; status: number }> {
    const client = new ApiClient(server.url);
    const started = performance.now();
    const res = await client.request('POST', '/api/auth/login', { username, password });
    await res.arrayBuffer();
    return { ms: performance.now() - started, status: res.status };
  }
  // Warm-up: the first requests pay for module loading and the dummy hash.
  await timeLogin('chair', PASSWORD);
  await timeLogin('nobody-here', 'not-the-password');

  const times = { right: [] as number[], wrong: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    // Interleaved, so a busy moment on the machine falls on all three alike.
    const right = await timeLogin('chair', PASSWORD);
    const wrong = await timeLogin('chair', 'not-the-password');
    const unknown = await timeLogin(`nobody-${i}`, 'not-the-password');
    if (right.status !== 200 || wrong.status !== 401 || unknown.status !== 401)
      throw new Error(`unexpected answers: right ${right.status}, wrong ${wrong.status}, unknown ${unknown.status}`);
    times.right.push(right.ms);
    times.wrong.push(wrong.ms);
    times.unknown.push(unknown.ms);
  }
  const m = { right: median(times.right), wrong: median(times.wrong), unknown: median(times.unknown) };
  console.log(`sign-in timing over ${rounds} rounds (median ms)`);
  console.log(`  right password  ${m.right.toFixed(1)}`);
  console.log(`  wrong password  ${m.wrong.toFixed(1)}`);
  console.log(`  unknown user    ${m.unknown.toFixed(1)}`);
  console.log(`  unknown / wrong ${(m.unknown / m.wrong).toFixed(2)} (near 1: both pay for one scrypt run)`);
} finally {
  await server.stop();
}
