import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}. Install Debian's Chromium once:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei\n' +
      'or set CHROMIUM_PATH to another Chromium binary. (Never run `npx playwright install` here.)',
  );
  process.exit(1);
}
