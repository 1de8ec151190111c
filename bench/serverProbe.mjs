// Loaded into every benchmarked server process (node --import ./bench/serverProbe.mjs): measures the event loop's
// delay and answers the orchestrator (bench/run.ts) over the IPC channel with it and the process's memory, so every
// server, including those started from their own bin, is measured the same way. Plain JavaScript: no loader needed.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();

/** A CPU profile of the measured window only (npm run bench -- --profile), not of start-up and connecting. */
let profiler = null;

process.on('message', async (message) => {
  if (message?.probe === 'profile-start') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    process.send({ probe: 'profiling' });
  } else if (message?.probe === 'profile-stop') {
    const { profile } = await profiler.post('Profiler.stop');
    profiler.disconnect();
    await writeFile(message.file, JSON.stringify(profile));
    process.send({ probe: 'profiled' });
  } else if (message?.probe === 'reset') {
    delay.reset();
    process.send({ probe: 'reset' });
  } else if (message?.probe === 'read') {
    // After a full collection when the process allows it (--expose-gc), so memory figures are of what is live.
    if (message.gc) globalThis.gc?.();
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    process.send({
      probe: 'stats',
      eldP99Ms: delay.percentile(99) / 1e6,
      eldMaxMs: delay.max / 1e6,
      rssMb: rss / 2 ** 20,
      heapMb: (heapUsed + external) / 2 ** 20,
      arrayBuffersMb: arrayBuffers / 2 ** 20,
    });
  }
});
// The channel must not keep a server alive that is otherwise done (adding the listener above referenced it).
process.channel?.unref();
