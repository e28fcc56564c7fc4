// The bin (built to dist-cli/main.js): the only CLI file that touches the process.
import { nodeIo } from './node-io';
import { run } from './run';

void run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
