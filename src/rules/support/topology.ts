// What a component runs and where: the Airflow command of a compose service, the chart key of a Helm
// component. Rules about hosts ("localhost" means the container itself) and about which components a
// deployment has read it from here.
import type { ComponentView } from '../../components/types.js';
import type { ComposeService } from '../../sources/compose.js';
import type { RuleContext } from '../types.js';

export type AirflowRole = 'api-server' | 'webserver' | 'scheduler' | 'worker' | 'triggerer' | 'dag-processor' | 'standalone';

/** Chart keys of the official Helm chart, by the role they run. */
const HELM_ROLES: Record<string, AirflowRole> = {
  apiServer: 'api-server',
  webserver: 'webserver',
  scheduler: 'scheduler',
  workers: 'worker',
  triggerer: 'triggerer',
  dagProcessor: 'dag-processor',
};

/** `airflow <command>` words, with the image's entrypoint passing `command:` to `airflow`. */
const COMMAND_ROLES: readonly [RegExp, AirflowRole][] = [
  [/(?:^|[\s"',[])(?:api-server|api_server)(?:$|[\s"',\]])/, 'api-server'],
  [/(?:^|[\s"',[])webserver(?:$|[\s"',\]])/, 'webserver'],
  [/(?:^|[\s"',[])scheduler(?:$|[\s"',\]])/, 'scheduler'],
  [/(?:^|[\s"',[])celery["',\s]+worker(?:$|[\s"',\]])/, 'worker'],
  [/(?:^|[\s"',[])triggerer(?:$|[\s"',\]])/, 'triggerer'],
  [/(?:^|[\s"',[])dag-processor(?:$|[\s"',\]])/, 'dag-processor'],
  [/(?:^|[\s"',[])standalone(?:$|[\s"',\]])/, 'standalone'],
];

/** The component whose configuration the rule is checking; undefined outside a repository run. */
export function currentComponent(context: RuleContext): ComponentView | undefined {
  return context.repository?.components.find((component) => component.config === context.config);
}

/** The roles a component runs; empty when nothing says (a cfg file, a one-off service). */
export function rolesOf(component: ComponentView): Set<AirflowRole> {
  if (component.kind === 'helm') {
    const role = HELM_ROLES[component.name.split(' (')[0] ?? ''];
    return new Set(role ? [role] : []);
  }
  if (component.kind === 'compose' && component.service) return serviceRoles(component.service);
  return new Set();
}

export function serviceRoles(service: ComposeService): Set<AirflowRole> {
  const roles = new Set<AirflowRole>();
  // `command:` is what the image runs; an entrypoint that is a shell is only its interpreter.
  const command = service.commands.find((candidate) => candidate.key === 'command') ?? service.commands[0];
  if (!command) return roles;
  for (const [pattern, role] of COMMAND_ROLES) if (pattern.test(command.text)) roles.add(role);
  return roles;
}

/** Components run in containers (compose services, Helm pods), where `localhost` is the container itself. */
export function runsInContainer(component: ComponentView | undefined): boolean {
  return component?.kind === 'compose' || component?.kind === 'helm';
}

/** Host names that always mean the machine (or container) the process runs on. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const lower = host.toLowerCase().replace(/^\[|\]$/g, '');
  return lower === 'localhost' || lower.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(lower) || lower === '::1' || lower === '0.0.0.0';
}

/** The host of a `scheme://…` URL, as urllib splits it (netloc up to the first `/`, `?` or `#`, after the last `@`). */
export function urlHost(text: string): string | undefined {
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(text.trim());
  if (!match) return undefined;
  const netloc = match[1] ?? '';
  const hostPort = netloc.slice(netloc.lastIndexOf('@') + 1);
  if (hostPort.startsWith('[')) return hostPort.slice(0, hostPort.indexOf(']') + 1);
  return hostPort.split(':')[0];
}
