// The bin (built to dist-cli/main.js): the only CLI file that touches the process.
import { seedBundledRules } from '../core/index';
import { BUNDLED_RULES } from './bundled-rules';
import { nodeIo } from './node-io';
import { run } from './run';

seedBundledRules(BUNDLED_RULES);
void run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
