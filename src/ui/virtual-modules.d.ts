declare module 'virtual:example-templates' {
  /** The repo's example templates, paired and validated at build time (vite.config.ts), sorted by id. */
  const templates: import('../core/model').ExampleTemplate[];
  export default templates;
}
