import type { EffectiveConfig } from '../config/types.js';
import type { ComposeFile, ComposeService } from '../sources/compose.js';
import type { HelmValues } from '../sources/helm.js';
import type { RepoFile } from '../sources/kinds.js';

/** One component as rules see it: its name, where it is defined, and the configuration it runs with. */
export interface ComponentView {
  /** `airflow-scheduler (docker-compose.yaml)`, `scheduler (values.yaml)`, or the cfg path. */
  name: string;
  kind: 'cfg' | 'compose' | 'helm';
  /** The file defining the component (compose file, values file, or the cfg). */
  file: string;
  /** The repository cfg it reads, if any. */
  cfgFile?: string | undefined;
  config: EffectiveConfig;
  /** Compose: the service (commands, substitutions). */
  service?: ComposeService | undefined;
}

/** Everything the repository defines, for rules that compare components or read commands. */
export interface RepositoryView {
  components: readonly ComponentView[];
  compose: readonly ComposeFile[];
  helm: readonly HelmValues[];
  scripts: readonly RepoFile[];
  /** Dockerfiles, for rules about what the image installs. */
  dockerfiles?: readonly RepoFile[] | undefined;
  /** Every non-cfg file that contributed (.env files among them), for rules that read them directly. */
  files?: readonly RepoFile[] | undefined;
}
