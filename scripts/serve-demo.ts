// Serves the demo news site until stopped: `npm run demo:serve [-- --port 4173]`.
import { startDemoServer } from './lib/demo-server';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4173;
const server = await startDemoServer(port);
console.log(`Caravan demo news site: ${server.url} (${server.pages.length} pages). Ctrl-C stops it.`);
