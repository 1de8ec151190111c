// Bench target: Hocuspocus with no extensions (documents in memory only). Prints { port } when listening.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT ?? 0), address: '127.0.0.1', quiet: true });
await server.listen();
console.log(JSON.stringify({ port: server.address.port }));
process.on('SIGTERM', () => void server.destroy().then(() => process.exit(0)));
