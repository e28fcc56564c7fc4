import pkg from '../../package.json';

/** The generator named in SARIF runs and bundles. */
export const TOOL = { name: 'dunning-studio', version: pkg.version } as const;
