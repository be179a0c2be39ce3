import { describe, expect, it } from 'vitest';
import { metastoreTemplate, sandboxConfig, throwawayMetastoreUrl } from '../../src/verify/sandbox.js';
import { parseConfig } from '../../src/reader/index.js';

const CFG = [
  '[core]', //                                              1
  'executor = LocalExecutor', //                            2
  'fernet_key_cmd = sh -c "id > /tmp/x; echo key"', //      3
  '[database]', //                                          4
  'sql_alchemy_conn = postgresql+pg8000://u:p%%40ss@prod.invalid:5432/airflow?sslmode=require&application_name=x&host=prod2', // 5
  'sql_alchemy_engine_args_cmd = cat', //                   6
  '    /run/secrets/args', //                               7
  '[secrets]', //                                           8
  'backend = my.Backend', //                                9
  'backend_kwargs = {"url": "https://vault.invalid"}', //  10
  '[api_auth]', //                                         11
  'jwt_secret = plain-value-kept', //                      12
  '',
].join('\n');

const facts = (section: string, option: string) => ({ known: section === 'api_auth' && option === 'jwt_secret', sensitive: false });

describe('sandboxConfig', () => {
  it('blanks every _cmd / _secret option and the secrets backend, keeping line numbers, and reports each', () => {
    const sandbox = sandboxConfig(CFG, {}, { allowConfigCommands: false, facts });
    const lines = sandbox.cfgText.split('\n');
    expect(lines).toHaveLength(CFG.split('\n').length);
    expect(lines[2]).toBe('');
    expect(lines[5]).toBe('');
    expect(lines[6]).toBe('');
    expect(lines[8]).toBe('');
    expect(lines[9]).toBe('');
    expect(lines[11]).toBe('jwt_secret = plain-value-kept');
    expect(sandbox.cfgText).not.toMatch(/_cmd|backend/);
    expect(sandbox.replaced.map((r) => `${r.option} ${r.source}`)).toEqual([
      '[core] fernet_key_cmd line 3',
      '[database] sql_alchemy_engine_args_cmd line 6',
      '[secrets] backend line 9',
      '[secrets] backend_kwargs line 10',
    ]);
    // The fernet key came from the removed command: a throwaway key takes its place.
    expect(Buffer.from(sandbox.setEnv.AIRFLOW__CORE__FERNET_KEY ?? '', 'base64url')).toHaveLength(32);
  });

  it('drops the _CMD / _SECRET variables and the secrets backend from the environment', () => {
    const env = {
      PATH: '/bin',
      AIRFLOW__WEBSERVER__SECRET_KEY_CMD: 'cat /x',
      AIRFLOW__CORE__FERNET_KEY_SECRET: 'fernet',
      AIRFLOW__SECRETS__BACKEND: 'x.Y',
      AIRFLOW__API_AUTH__JWT_SECRET: 'kept',
      AIRFLOW__CORE__EXECUTOR: 'LocalExecutor',
    };
    const sandbox = sandboxConfig('[core]\n', env, { allowConfigCommands: false, facts });
    expect(sandbox.dropEnv).toEqual(['AIRFLOW__CORE__FERNET_KEY_SECRET', 'AIRFLOW__SECRETS__BACKEND', 'AIRFLOW__WEBSERVER__SECRET_KEY_CMD']);
    expect(Object.keys(sandbox.setEnv).sort()).toEqual(['AIRFLOW__CORE__FERNET_KEY', 'AIRFLOW__WEBSERVER__SECRET_KEY']);
  });

  it('uses no throwaway value where a plain value outranks the removed form', () => {
    const sandbox = sandboxConfig('[core]\nfernet_key = abc\nfernet_key_cmd = echo x\n', {}, { allowConfigCommands: false, facts });
    expect(sandbox.setEnv).toEqual({});
    expect(sandbox.replaced).toHaveLength(1);
  });

  it('changes nothing when the user allows config commands', () => {
    const sandbox = sandboxConfig(CFG, { AIRFLOW__CORE__FERNET_KEY_CMD: 'x' }, { allowConfigCommands: true, facts });
    expect(sandbox.cfgText).toBe(CFG);
    expect(sandbox.dropEnv).toEqual([]);
    expect(sandbox.replaced).toEqual([]);
  });
});

describe('metastoreTemplate', () => {
  const doc = (text: string) => {
    const parsed = parseConfig(text);
    if (!parsed.ok) throw new Error('fixture does not parse');
    return parsed.document;
  };

  it("keeps the cfg's dialect, driver and harmless query parameters, and swaps the server and account", () => {
    const template = metastoreTemplate(doc(CFG), {});
    if (!template.ok) throw new Error('expected a template');
    expect(template.scheme).toBe('postgresql+pg8000');
    expect(template.query).toEqual(['application_name=x']);
    expect(template.droppedQuery).toEqual(['sslmode', 'host']);
    expect(throwawayMetastoreUrl(template, 'postgresql://postgres@127.0.0.1:5599/airflow')).toBe(
      'postgresql+pg8000://postgres@127.0.0.1:5599/airflow?application_name=x',
    );
  });

  it("fails as configparser does on a '%' it cannot interpolate, naming the option and line", () => {
    const template = metastoreTemplate(doc('[database]\nsql_alchemy_conn = postgresql://u:p%40ss@h/db\n'), {});
    expect(template).toEqual(expect.objectContaining({ ok: false, kind: 'InterpolationSyntaxError', section: 'database', option: 'sql_alchemy_conn', line: 2 }));
  });

  it('prefers the environment, as Airflow does, and falls back to psycopg2 for other dialects', () => {
    expect(metastoreTemplate(doc(CFG), { AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: 'postgres://a@b/c' })).toEqual(
      expect.objectContaining({ ok: true, scheme: 'postgres', from: 'the environment' }),
    );
    expect(metastoreTemplate(doc('[database]\nsql_alchemy_conn = sqlite:////tmp/a.db\n'), {})).toEqual(
      expect.objectContaining({ ok: true, scheme: 'postgresql+psycopg2', note: expect.stringContaining('dialect sqlite') }),
    );
  });
});

describe('registerCfgSecrets', () => {
  it("masks the part of a secret configparser quotes in an interpolation error (fernet_key with a bare '%')", async () => {
    const { SecretRegistry } = await import('../../src/secrets.js');
    const { interpolateOption } = await import('../../src/reader/index.js');
    const { registerCfgSecrets } = await import('../../src/verify/sandbox.js');
    const text = '[core]\nfernet_key = Zm9vYmFy%c2VjcmV0LWtleS0xMjM0NTY3ODkwYWJjZGVm\n[database]\nsql_alchemy_conn = postgresql://u:p%40ssw0rd-x@h/db\n';
    const parsed = parseConfig(text);
    if (!parsed.ok) throw new Error('fixture does not parse');
    const secrets = new SecretRegistry();
    registerCfgSecrets(parsed.document, secrets);
    for (const [section, option] of [['core', 'fernet_key'], ['database', 'sql_alchemy_conn']] as const) {
      const result = interpolateOption(parsed.document, section, option);
      if (result.ok) throw new Error('expected an interpolation error');
      const masked = secrets.mask(`configparser.InterpolationSyntaxError: ${result.message}`);
      expect(masked).not.toMatch(/c2VjcmV0|40ssw0rd/);
      expect(masked).toContain('InterpolationSyntaxError');
    }
  });
});

describe('sandboxConfig on a default dump', () => {
  it('does not report an empty secrets backend or an empty _cmd as replaced', () => {
    const sandbox = sandboxConfig('[secrets]\nbackend =\nbackend_kwargs =\n[core]\nfernet_key_cmd =\n', {}, { allowConfigCommands: false, facts });
    expect(sandbox.replaced).toEqual([]);
    expect(sandbox.setEnv).toEqual({});
  });
});

describe('sandboxConfig on a file configparser stops reading', () => {
  it('still blanks the commands after the error line, with their continuation lines', () => {
    const text = ['[core]', 'executor = LocalExecutor', 'executor = CeleryExecutor', '[database]', 'sql_alchemy_engine_args_cmd = sh -c', '    "id > /tmp/x"', 'sql_alchemy_pool_size = 5', ''].join('\n');
    const sandbox = sandboxConfig(text, {}, { allowConfigCommands: false, facts });
    expect(sandbox.document).toBeUndefined();
    expect(sandbox.cfgText.split('\n')).toEqual(['[core]', 'executor = LocalExecutor', 'executor = CeleryExecutor', '[database]', '', '', 'sql_alchemy_pool_size = 5', '']);
    expect(sandbox.replaced.map((r) => `${r.option} ${r.source}`)).toEqual(['[database] sql_alchemy_engine_args_cmd line 5']);
  });
});

describe('sandboxConfig and the engine arguments', () => {
  it('leaves out sql_alchemy_engine_args whose connect_args could name another server, from the cfg and the environment', () => {
    const cfg = '[database]\nsql_alchemy_engine_args = {"connect_args": {"host": "prod-db.internal", "port": 5432}}\nsql_alchemy_pool_size = 5\n';
    const env = { AIRFLOW__DATABASE__SQL_ALCHEMY_ENGINE_ARGS: '{"connect_args": {"dsn": "host=prod"}}' };
    const sandbox = sandboxConfig(cfg, env, { allowConfigCommands: false, facts });
    expect(sandbox.cfgText).toBe('[database]\n\nsql_alchemy_pool_size = 5\n');
    expect(sandbox.dropEnv).toEqual(['AIRFLOW__DATABASE__SQL_ALCHEMY_ENGINE_ARGS']);
    expect(sandbox.replaced.map((r) => `${r.option} ${r.source}`)).toEqual([
      '[database] sql_alchemy_engine_args line 2',
      'AIRFLOW__DATABASE__SQL_ALCHEMY_ENGINE_ARGS environment',
    ]);
    expect(sandbox.replaced[0]?.replacement).toContain('could point the driver at another server');
  });

  it('leaves them out also when the user allows config commands: the metastore is always the throwaway one', () => {
    const cfg = '[database]\nsql_alchemy_engine_args = {"connect_args": {"host": "prod-db.internal"}}\nsql_alchemy_conn_cmd = cat /run/conn\n';
    const sandbox = sandboxConfig(cfg, {}, { allowConfigCommands: true, facts });
    expect(sandbox.cfgText).toBe('[database]\n\nsql_alchemy_conn_cmd = cat /run/conn\n');
    expect(sandbox.replaced.map((r) => r.option)).toEqual(['[database] sql_alchemy_engine_args']);
  });

  it('keeps engine arguments without connect_args (pool settings only)', () => {
    const cfg = '[database]\nsql_alchemy_engine_args = {"pool_pre_ping": true}\n';
    expect(sandboxConfig(cfg, {}, { allowConfigCommands: false, facts }).cfgText).toBe(cfg);
  });
});
