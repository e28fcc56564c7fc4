// The bin (built to dist-cli/main.js): the only CLI file that touches the process.
import { seedBundledRules } from '../core/index';
import { BUNDLED_RULES, BUNDLED_TABLES } from './bundled-rules';
import { nodeIo } from './node-io';
import { run } from './run';
import { seedStartTables } from './start-tables';

seedBundledRules(BUNDLED_RULES);
seedStartTables(BUNDLED_TABLES);
void run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
