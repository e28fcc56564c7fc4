// The page's one classic script: it runs before every module script (module scripts are deferred). Two settings that
// must be in place before the first module runs, in one file so that the page waits for one request, not two.

// zod 4 probes `new Function('')` when its first object schema is created; under our CSP (no 'unsafe-eval') the
// probe is reported as a violation. Set here, the setting is in place before any chunk that builds a schema is
// evaluated, however the bundler orders the chunks. The workers get the same setting from the `no-eval-probe` plugin
// in vite.config.ts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });

// Monaco's Chinese table must run before Monaco's first module (src/ui/editor/monaco-nls.ts). Asked for by the app's
// script, it came only once that script had downloaded and run, behind the editor's other modules; asked for here,
// it comes first. Only where the page will be Chinese: the UI is Chinese unless English is remembered
// (src/ui/i18n/i18n.svelte.ts, `storedLang`); an English page never loads the table. `data-table`: its file, filled
// in by vite.config.ts.
(function preloadMonacoZh() {
  var table = document.currentScript && document.currentScript.getAttribute('data-table');
  var lang = null;
  try {
    lang = localStorage.getItem('dunning-studio.lang');
  } catch (e) {
    // storage refused: the page is Chinese
  }
  if (!table || lang === 'en') return;
  var link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = table;
  document.head.appendChild(link);
})();
