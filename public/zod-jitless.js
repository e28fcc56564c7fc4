// zod 4 probes `new Function('')` when its first object schema is created; under our CSP (no 'unsafe-eval') the
// probe is reported as a violation. This classic script runs before every module script of the page (module scripts
// are deferred), so the setting is in place before any chunk that builds a schema is evaluated, however the bundler
// orders the chunks. The workers get the same setting from the `no-eval-probe` plugin in vite.config.ts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
