import type { ExampleTemplate } from '../../core/model';
import templates from 'virtual:example-templates';

/** The repo's example templates (samples/templates/), validated at build time (vite.config.ts), sorted by id. */
export const exampleTemplates = (): ExampleTemplate[] => templates.slice();
