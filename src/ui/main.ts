import { mount } from 'svelte';
import App from './App.svelte';
import { loadEditor } from './editor/load';
import { i18n } from './i18n/i18n.svelte';
import './app.css';

// NOTE: the editor's modules load (and evaluate, one task per layer) from here, in parallel with the first mount:
// the editor takes the same load over once it is mounted. Monaco's Chinese table, which must run before Monaco, is
// already on its way on a Chinese page (public/before-modules.js; an English page never loads it).
void loadEditor(i18n.lang).catch(() => undefined);
// NOTE: an English UI waits for its strings (a chunk of their own) rather than showing Chinese for a moment. A `then`,
// not a top-level await: an entry that awaits makes the bundler move every module it shares with a lazy view into
// chunks of their own.
// The first mount in a task of its own, apart from evaluating this script: neither blocks input for long.
void i18n.ready.then(() => setTimeout(() => mount(App, { target: document.getElementById('app') as HTMLElement })));
