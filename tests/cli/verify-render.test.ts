import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { generateSigningKey, signBundle, fingerprint, type Bundle } from '../../src/core/bundle/index';
import { renderTemplate } from '../../src/core/render/render-template';
import { defaultSamples } from '../../src/core/samples/defaults';
import { asJson, smallBundle } from '../bundle/fixture';
import { cli, workDir } from './run-cli';

const work = workDir('dunning-verify-');
afterAll(() => work.remove());

let signed: Bundle;
let signedFile = '';
let unsignedFile = '';
let keyFile = '';
let otherKeyFile = '';
let fp = '';
let otherFp = '';
let dataFile = '';
let templateId = '';

beforeAll(async () => {
  const key = await generateSigningKey();
  const other = await generateSigningKey();
  signed = asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk));
  signedFile = work.write('ok.dunning.json', signed);
  unsignedFile = work.write('unsigned.dunning.json', await smallBundle());
  keyFile = work.write('key.jwk', key.publicJwk);
  otherKeyFile = work.write('other.jwk', other.publicJwk);
  fp = await fingerprint(key.publicJwk);
  otherFp = await fingerprint(other.publicJwk);
  dataFile = work.write('data.json', defaultSamples()[0]!.data);
  templateId = signed.templates[0]!.id;
});

describe('verify', () => {
  it('exits 0 on a bundle signed by a trusted key, given as a JWK, a JWK Set or a fingerprint', async () => {
    for (const trust of [
      [keyFile],
      [otherKeyFile, fp],
      [work.write('set.json', { keys: [asJson(signed.signature!.publicKeyJwk)] })],
    ]) {
      const r = await cli(['verify', signedFile, ...trust.flatMap((t) => ['--trust', t])]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain(`signed by ${fp} (trusted)`);
    }
  });

  it.each([
    {
      name: 'a tampered source',
      edit: (b: Bundle) => void (b.templates[0]!.source += '！'),
      code: 'bundle/template-hash',
    },
    {
      name: 'a tampered ruleset hash',
      edit: (b: Bundle) => void (b.ruleset.hash = 'e'.repeat(64)),
      code: 'bundle/hash',
    },
  ])('exits 1 and prints $code for $name, even with --allow-untrusted', async ({ edit, code }) => {
    const b = asJson(signed);
    edit(b);
    const file = work.write('bad.dunning.json', b);
    for (const flags of [
      ['--trust', keyFile],
      ['--allow-untrusted', '--allow-unsigned'],
    ]) {
      const r = await cli(['verify', file, ...flags]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`${file}: invalid`);
      expect(r.stdout).toContain(code);
    }
  });

  it('exits 1 for a signed bundle without --trust, naming the key; --allow-untrusted accepts it with a warning', async () => {
    const refused = await cli(['verify', signedFile]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('bundle/untrusted-key');
    expect(refused.stdout).toContain(fp);
    const allowed = await cli(['verify', signedFile, '--allow-untrusted']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toMatch(new RegExp(`^warning: .*${fp}.*--allow-untrusted`, 'm'));
    expect(allowed.stdout).toContain('NOT trusted');
    expect((await cli(['verify', signedFile, '--allow-unsigned'])).code).toBe(1);
  });

  it('exits 1 for a signer not among --trust, unless --allow-untrusted', async () => {
    const refused = await cli(['verify', signedFile, '--trust', otherKeyFile]);
    expect([refused.code, refused.stdout.includes('bundle/untrusted-key')]).toEqual([1, true]);
    const allowed = await cli(['verify', signedFile, '--trust', otherKeyFile, '--allow-untrusted']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain(fp);
    expect(allowed.stderr).not.toContain(otherFp);
  });

  it('exits 1 for an unsigned bundle, with or without --trust, unless --allow-unsigned (then warns)', async () => {
    for (const flags of [[], ['--trust', keyFile], ['--allow-untrusted']]) {
      const r = await cli(['verify', unsignedFile, ...flags]);
      expect([r.code, r.stdout.includes('bundle/unsigned')]).toEqual([1, true]);
    }
    for (const flags of [['--allow-unsigned'], ['--allow-unsigned', '--trust', keyFile]]) {
      const r = await cli(['verify', unsignedFile, ...flags]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^warning: .*not signed.*--allow-unsigned/m);
    }
  });

  it('exits 1 with the reason for a private trusted key or a key given twice in the bundle', async () => {
    const key = await generateSigningKey();
    const mine = work.write(
      'mine.dunning.json',
      asJson(await signBundle(await smallBundle(), key.privateKey, key.publicJwk)),
    );
    const r2 = await cli(['verify', mine, '--trust', work.write('private.jwk', key.privateJwk)]);
    expect([r2.code, r2.stdout.includes('bundle/private-key')]).toEqual([1, true]);
    const text = JSON.stringify(signed);
    const doubled = work.write(
      'doubled.dunning.json',
      text.replace('"source":', '"source":"【钱站】不还钱就上门","source":'),
    );
    const r3 = await cli(['verify', doubled, '--trust', keyFile]);
    expect([r3.code, r3.stdout.includes('bundle/json')]).toEqual([1, true]);
  });

  it('accepts a byte order mark in the bundle and in key files', async () => {
    const bundle = work.write('bom.dunning.json', `\uFEFF${JSON.stringify(signed)}`);
    const key = work.write('bom.jwk', `\uFEFF${readKey()}`);
    expect((await cli(['verify', bundle, '--trust', key])).code).toBe(0);
  });

  it('exits 2 when the bundle file is missing or not named, or a --trust file is missing', async () => {
    expect((await cli(['verify', work.path('none.json')])).code).toBe(2);
    expect((await cli(['verify'])).code).toBe(2);
    expect((await cli(['verify', signedFile, '--trust', work.path('no-key.jwk')])).code).toBe(2);
  });

  it.each([
    { name: 'a null key in a set', content: '{"keys":[null]}', where: /keys\.0/ },
    { name: 'a key without x', content: () => ({ ...JSON.parse(readKey()), x: undefined }), where: /→ x/ },
    {
      name: 'a set of a key without y',
      content: () => ({ keys: [{ ...JSON.parse(readKey()), y: undefined }] }),
      where: /keys\.0\.y/,
    },
    { name: 'an empty key set', content: '{"keys":[]}', where: /→ keys/ },
    { name: 'a key that is not EC', content: '{"kty":"RSA","n":"x","e":"AQAB"}', where: /→ kty/ },
    {
      name: 'a key given twice',
      content: () => readKey().replace('{', '{"x":"AAAA",'),
      where: /key "x" appears twice/,
    },
    { name: 'a syntax error', content: '{\n  "kty": "EC",\n}', where: /:3:1: invalid JSON/ },
  ])('exits 2 with the file and JSON path or line:column for $name in --trust', async ({ content, where }) => {
    const file = work.write('bad-key.jwk', typeof content === 'function' ? content() : content);
    const r = await cli(['verify', signedFile, '--trust', file]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(where);
  });
});

function readKey(): string {
  return JSON.stringify(signed.signature!.publicKeyJwk);
}

describe('render', () => {
  it('renders a bundled template for a data file or a sample file as the editor does', async () => {
    const sample = defaultSamples()[0]!;
    const expected = renderTemplate(signed.templates[0]!.source, sample.data, { strictVariables: true });
    expect(expected.ok).toBe(true);
    const fromData = await cli(['render', signedFile, templateId, dataFile, '--trust', keyFile]);
    expect(fromData.code).toBe(0);
    expect(fromData.stdout).toBe(`${expected.ok ? expected.text : ''}\n`);
    expect(fromData.stderr).toMatch(/^segments: \d+ \((GSM-7|UCS-2), \d+ units\)/);
    const sampleFile = work.write('sample.json', { id: sample.id, label: sample.label, ...sample.data });
    const fromSample = await cli(['render', signedFile, templateId, sampleFile, '--trust', fp]);
    expect(fromSample.stdout).toBe(fromData.stdout);
    const bom = work.write('bom-data.json', `\uFEFF${JSON.stringify(sample.data)}`);
    expect((await cli(['render', signedFile, templateId, bom, '--trust', fp])).stdout).toBe(fromData.stdout);
  });

  it('refuses an untrusted or unsigned bundle (exit 1, nothing on stdout) unless allowed, then warns', async () => {
    const untrusted = await cli(['render', signedFile, templateId, dataFile]);
    expect([untrusted.code, untrusted.stdout, untrusted.stderr.includes('bundle/untrusted-key')]).toEqual([
      1,
      '',
      true,
    ]);
    const unsigned = await cli(['render', unsignedFile, templateId, dataFile, '--trust', fp]);
    expect([unsigned.code, unsigned.stdout, unsigned.stderr.includes('bundle/unsigned')]).toEqual([1, '', true]);
    const allowedSigned = await cli(['render', signedFile, templateId, dataFile, '--allow-untrusted']);
    expect(allowedSigned.code).toBe(0);
    expect(allowedSigned.stderr).toContain(`warning: ${signedFile} is signed by key ${fp}`);
    const allowedUnsigned = await cli(['render', unsignedFile, templateId, dataFile, '--allow-unsigned']);
    expect(allowedUnsigned.code).toBe(0);
    expect(allowedUnsigned.stdout).toBe(allowedSigned.stdout);
    expect(allowedUnsigned.stderr).toMatch(/^warning: .*not signed/m);
  });

  it('exits 1 for an unknown template, invalid data (naming the data file) or a tampered bundle', async () => {
    const trust = ['--trust', keyFile];
    const unknown = await cli(['render', signedFile, 'nope', dataFile, ...trust]);
    expect([unknown.code, unknown.stderr.includes('bundle/unknown-template')]).toEqual([1, true]);
    const badData = work.write('bad-data.json', { borrower: {} });
    const invalid = await cli(['render', signedFile, templateId, badData, ...trust]);
    expect([invalid.code, invalid.stderr.includes('data/invalid')]).toEqual([1, true]);
    expect(invalid.stderr).toContain(badData);
    const b = asJson(signed);
    b.templates[0]!.source = b.templates[0]!.source.replace('您好', '你好');
    const tampered = await cli(['render', work.write('t.dunning.json', b), templateId, dataFile, ...trust]);
    expect([tampered.code, tampered.stdout]).toEqual([1, '']);
  });

  it('exits 2 for missing arguments, and for a data file that is not JSON or has a key twice, naming it', async () => {
    expect((await cli(['render', signedFile, templateId])).code).toBe(2);
    const broken = work.write('broken-data.json', '{\n  "borrower": {\n}');
    const r1 = await cli(['render', signedFile, templateId, broken, '--trust', keyFile]);
    expect([r1.code, r1.stdout]).toEqual([2, '']);
    expect(r1.stderr).toMatch(/data\/json: .*broken-data\.json:3:2: invalid JSON/);
    const twice = work.write('twice-data.json', '{ "borrower": {}, "borrower": {} }');
    const r2 = await cli(['render', signedFile, templateId, twice, '--trust', keyFile]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/data\/json: .*twice-data\.json: key "borrower" appears twice/);
  });
});
