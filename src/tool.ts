import packageJson from '../package.json' with { type: 'json' };

export const TOOL_NAME = 'airflow-preflight';
export const TOOL_VERSION: string = packageJson.version;
export const TOOL_URI = 'https://github.com/airflow-preflight/airflow-preflight';
