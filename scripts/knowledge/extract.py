"""Print the configuration facts of the installed Airflow release as JSON (src/knowledge/types.ts).

Run it with a real Airflow virtualenv's interpreter, from a throwaway AIRFLOW_HOME (importing Airflow
writes an airflow.cfg there):

    AIRFLOW_HOME=$(mktemp -d) <venv>/bin/python scripts/knowledge/extract.py

Every fact comes from the installed package itself: Airflow's own config description, the class
attributes of its config parser, its executor loader and its `airflow config lint` change list.
The metastore facts (tables, migration head) are added by generate.mjs after a real `airflow db migrate`;
the cross-release facts (formerOptions) by generate.mjs from the whole matrix.
Where a fact is about behaviour (booleans, start-up validation, CLI commands, API authentication), it is
found by calling the release's own code (getboolean, validate, the CLI parser, the API's auth wrappers
and login routes) rather than by reading its source.
The output is deterministic for a given installation: sorted keys, no per-install secrets, no paths.
"""

from __future__ import annotations

import ast
import configparser
import importlib
import inspect
import json
import logging
import os
import platform
import re
import string
import sys
import warnings
from typing import Any

warnings.simplefilter("ignore")

# Airflow generates these per installation (random keys); their default has no fixed text.
GENERATED_VARIABLES = {"FERNET_KEY", "SECRET_KEY", "JWT_SECRET_KEY"}


def main() -> None:
    if not os.environ.get("AIRFLOW_HOME"):
        sys.exit("extract.py: set AIRFLOW_HOME to a throwaway directory (importing Airflow writes airflow.cfg there)")
    # Airflow's logging writes to stdout in some releases; keep stdout for the JSON alone.
    out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    import airflow
    from airflow import configuration

    conf = configuration.conf
    validated = startup_validated(conf)
    read = read_as(os.path.dirname(airflow.__file__))
    provider_facts, provider_reads = executor_providers()
    facts: dict[str, Any] = {
        "airflowVersion": airflow.__version__,
        "libraries": libraries(),
        "providers": providers(),
        "sections": sections(configuration, validated, read),
        "booleanValues": boolean_values(conf),
        "integerValues": integer_values(conf),
        "cli": cli(),
        "deprecatedOptions": deprecated_options(conf),
        "deprecatedSections": deprecated_sections(conf),
        "deprecatedValues": deprecated_values(conf),
        "configChanges": config_changes(),
        "executors": executors(),
        "executionApi": execution_api(),
        "executorProviders": provider_facts,
        "sectionsReadWhole": sections_read_whole(read, provider_reads),
        "remoteLogging": remote_logging(),
        "baseUrl": base_url(),
        "api": api_auth(conf),
        "metastore": metastore(),
    }
    sys.stdout.flush()
    json.dump(facts, out, indent=2, sort_keys=True)
    out.write("\n")
    out.close()


def libraries() -> dict[str, str]:
    import sqlalchemy

    # major.minor only: the patch level of the interpreter changes no Airflow fact.
    python = ".".join(platform.python_version_tuple()[:2])
    return {"sqlalchemy": sqlalchemy.__version__, "python": python}


def providers() -> dict[str, str]:
    """Installed provider packages and their versions (they declare config sections of their own)."""
    from airflow.providers_manager import ProvidersManager

    return {name: info.version for name, info in sorted(ProvidersManager().providers.items())}


# ---------------------------------------------------------------------------------------------------
# Sections and options
# ---------------------------------------------------------------------------------------------------


def sections(
    configuration: Any,
    validated: set[tuple[str, str]],
    read: dict[tuple[str, str], set[str]],
) -> dict[str, Any]:
    """Core's config.yml, then the installed providers' config, then core's fallback defaults for
    providers that are not installed (provider_config_fallback_defaults.cfg, 2.11+ and 3.x)."""
    from airflow.providers_manager import ProvidersManager

    conf = configuration.conf
    sensitive = {tuple(pair) for pair in conf.sensitive_config_values}
    enums = {key: [str(v) for v in values] for key, values in conf.enums_options.items()}
    result: dict[str, Any] = {}

    core = configuration.retrieve_configuration_description(include_airflow=True, include_providers=False)
    add_description(result, core, "core", sensitive, enums)
    for provider, description in sorted(ProvidersManager().provider_configs, key=lambda item: item[0]):
        add_description(result, description, provider, sensitive, enums)
    add_fallback_defaults(result, configuration, sensitive, enums)
    for section, section_fact in result.items():
        for option, fact in section_fact["options"].items():
            if "allowedValues" in fact:
                fact["validatedAtStartup"] = (section, option) in validated
            if read.get((section, option)):
                fact["readAs"] = sorted(read[(section, option)])
    return result


def add_description(
    result: dict[str, Any],
    description: dict[str, Any],
    owner: str,
    sensitive: set[tuple[str, str]],
    enums: dict[tuple[str, str], list[str]],
) -> None:
    for section, section_desc in description.items():
        target = result.setdefault(section, {"owner": owner, "options": {}})
        for option, option_desc in (section_desc.get("options") or {}).items():
            if option in target["options"]:
                continue  # core's description wins, as in Airflow's merged configuration_description
            target["options"][option] = option_fact(section, option, option_desc or {}, sensitive, enums)


def add_fallback_defaults(
    result: dict[str, Any],
    configuration: Any,
    sensitive: set[tuple[str, str]],
    enums: dict[tuple[str, str], list[str]],
) -> None:
    """Options core keeps defaults for although a provider owns them. Airflow reads these as
    defaults even without the provider, so a user may set them; they carry no type in the release."""
    path = os.path.join(os.path.dirname(configuration.__file__), "config_templates", "provider_config_fallback_defaults.cfg")
    if not os.path.exists(path):
        return
    from configparser import RawConfigParser

    parser = RawConfigParser()
    parser.read(path)
    for section in parser.sections():
        target = result.setdefault(section, {"owner": "core:provider-fallback-defaults", "options": {}})
        for option in parser.options(section):
            if option in target["options"]:
                continue
            desc = {"default": parser.get(section, option), "type": "string", "is_template": True}
            target["options"][option] = option_fact(section, option, desc, sensitive, enums)


def option_fact(
    section: str,
    option: str,
    desc: dict[str, Any],
    sensitive: set[tuple[str, str]],
    enums: dict[tuple[str, str], list[str]],
) -> dict[str, Any]:
    fact: dict[str, Any] = {"type": str(desc.get("type") or "string")}
    fact.update(default_fact(desc))
    fact["sensitive"] = (section, option) in sensitive
    allowed = enums.get((section, option))
    if allowed is None and isinstance(desc.get("allowed_values"), list):
        allowed = [str(v) for v in desc["allowed_values"]]
    if allowed is not None:
        fact["allowedValues"] = allowed
    for key, name in (
        ("version_added", "versionAdded"),
        ("version_deprecated", "versionDeprecated"),
        ("deprecation_reason", "deprecationReason"),
    ):
        value = desc.get(key)
        if value is not None:
            fact[name] = one_line(str(value))
    return fact


def default_fact(desc: dict[str, Any]) -> dict[str, Any]:
    """The default as Airflow writes it into airflow.cfg (`airflow config list --defaults`).

    Airflow formats non-template string defaults with its module variables
    (create_default_config_parser: `default.format(**all_vars)`), which turns `{{` into `{` and
    `{AIRFLOW_HOME}` into a path. We do the same formatting but keep each variable as the marker
    `{NAME}` (listed in defaultVariables), since its value depends on the installation. Keys Airflow
    generates per install (fernet, secret, JWT) have no fixed default: default is null and
    `generated` is true. `%%` stays as written: that is the raw, uninterpolated text.
    """
    default = desc.get("default")
    if default is None:
        return {"default": None}
    if not isinstance(default, str):
        return {"default": str(default)}  # as ConfigParser stores it: True → "True"
    if desc.get("is_template", False) or "{" not in default:
        return {"default": default}
    names = sorted({field for _, field, _, _ in string.Formatter().parse(default) if field})
    if GENERATED_VARIABLES.intersection(names):
        return {"default": None, "generated": True}
    text = default.format(**{name: "{" + name + "}" for name in names})
    return {"default": text, "defaultVariables": names} if names else {"default": text}


def one_line(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------------
# How values are converted and validated
# ---------------------------------------------------------------------------------------------------

PROBE_SECTION = "apf_preflight_probe"
PROBE_OPTION = "value"
INVALID_PROBE = "apf-preflight-not-an-allowed-value"


def with_env(name: str, value: str, action: Any) -> Any:
    """Runs action() with one environment variable set (Airflow reads AIRFLOW__S__O on every get)."""
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        return action()
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous


def with_settings(settings: dict[tuple[str, str], str], action: Any) -> Any:
    """Runs action() with several options set through their AIRFLOW__S__O variables."""
    names = {env_name(section, option): value for (section, option), value in settings.items()}
    previous = {key: os.environ.get(key) for key in names}
    os.environ.update(names)
    try:
        return action()
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def env_name(section: str, option: str) -> str:
    return f"AIRFLOW__{section.upper().replace('.', '_')}__{option.upper()}"


def probe_conversion(method: Any) -> Any:
    """A function that converts a text with one of the config parser's methods (getboolean, getint),
    as Airflow reads a variable: the result, or None where the method refuses the text."""
    from airflow.exceptions import AirflowConfigException

    name = env_name(PROBE_SECTION, PROBE_OPTION)

    def convert(text: str) -> Any:
        try:
            return with_env(name, text, lambda: method(PROBE_SECTION, PROBE_OPTION))
        except AirflowConfigException:
            return None

    return convert


def boolean_values(conf: Any) -> dict[str, Any]:
    """Which texts the release's AirflowConfigParser.getboolean accepts, found by calling it.

    Candidates: the forms Python's configparser accepts (RawConfigParser.BOOLEAN_STATES), their first
    letters, and what getboolean itself returns for each. Lists are ordered longest first, so
    messages suggest `true` / `false`. The rule lower-cases and strips values before comparing:
    we check that this release does the same, and whether it drops an inline `# comment`.
    """
    convert = probe_conversion(conf.getboolean)
    states = configparser.RawConfigParser.BOOLEAN_STATES
    candidates = sorted({*states, *(key[0] for key in states)})
    accepted = {text: convert(text) for text in candidates}
    for text, value in list(accepted.items()):
        if value is not None and convert(f"  {text.upper()}  ") is not value:
            sys.exit(f"extract.py: getboolean of this release is case- or space-sensitive for {text!r}")

    def ordered(value: bool) -> list[str]:
        return sorted((t for t, v in accepted.items() if v is value), key=lambda t: (-len(t), t))

    true, false = ordered(True), ordered(False)
    strips = bool(true) and convert(f"{true[0]} # comment") is True and convert(f"{true[0]}#x") is True
    return {"true": true, "false": false, "stripsInlineComment": strips}


def integer_values(conf: Any) -> dict[str, Any]:
    """How the release's AirflowConfigParser.getint reads a value, found by calling it.

    Every release takes what Python's int() takes. Some also take a text Python's float() reads when
    the number is whole (`16.0`, `1e3`): `acceptsWholeFloats`. We check that such a release still
    refuses fractions and non-finite numbers, which is what the lint rules assume.
    """
    convert = probe_conversion(conf.getint)
    if convert(" 16 ") != 16 or convert("1_000") != 1000:
        sys.exit("extract.py: getint of this release does not read what int() reads")
    whole = convert("16.0") == 16 and convert("1e3") == 1000 and convert("16.") == 16
    if whole and any(convert(text) is not None for text in ("16.5", "nan", "inf", "-inf")):
        sys.exit("extract.py: getint of this release accepts fractions or non-finite numbers")
    return {"acceptsWholeFloats": whole}


def startup_validated(conf: Any) -> set[tuple[str, str]]:
    """Options whose allowed values Airflow checks when it starts.

    Importing airflow.configuration runs conf.validate() (is_validated turns true). For every option
    with a list of allowed values we set a value outside the list and call validate() again: the
    options it refuses, naming them, are checked at start-up; the others are only documented.
    """
    from airflow.exceptions import AirflowConfigException

    if not getattr(conf, "is_validated", False):
        return set()
    conf.validate()  # must pass on a clean environment, else the probes below mean nothing
    candidates = set(conf.enums_options)
    from airflow import configuration

    description = configuration.retrieve_configuration_description(include_airflow=True, include_providers=True)
    for section, section_desc in description.items():
        for option, option_desc in (section_desc.get("options") or {}).items():
            if isinstance((option_desc or {}).get("allowed_values"), list):
                candidates.add((section, option))
    validated = set()
    for section, option in sorted(candidates):
        try:
            with_env(env_name(section, option), INVALID_PROBE, conf.validate)
        except AirflowConfigException as error:
            if f"[{section}] {option}" in str(error):
                validated.add((section, option))
    return validated


# Conversions of AirflowConfigParser, by method name (the plain get / has_option are not listed).
READ_METHODS = {
    "getboolean": "boolean",
    "getint": "integer",
    "getfloat": "float",
    "getjson": "json",
    "getimport": "import",
    "getlist": "list",
    "get_mandatory_list_value": "list",
    "getenum": "enum",
    "getenumlist": "enum",
    "gettimedelta": "timedelta",
}


def read_as(package_dir: str) -> dict[tuple[str, str], set[str]]:
    """How the installed package reads options: every `<…conf>.getjson("section", "key")`-like call.

    An AST scan of all modules under the airflow package (core, task SDK and installed providers):
    calls of a conversion method on a receiver whose name ends in `conf` or `config_parser` (or `self`
    in a *ConfigParser class), with the
    section and key as string literals, keywords, or local names assigned string literals in the same
    function (e.g. `section = "workers" if worker_mode else "secrets"`). Such names can give pairs that
    do not exist; sections() keeps only options the release declares.
    """
    found: dict[tuple[str, str], set[str]] = {}
    for directory, _dirs, files in os.walk(package_dir):
        for name in files:
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(directory, name), "rb") as handle:
                    scan_source(handle.read(), found)
            except OSError:
                continue
    return found


def scan_source(source: bytes, found: dict[tuple[str, str], set[str]]) -> None:
    """Adds the conversion calls of one module to `found` (see read_as)."""
    try:
        tree = ast.parse(source.decode("utf-8"))
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return
    scan_scope(tree, found, parser_class=False)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            # Inside the config parser itself (3.2+ reads secrets backend kwargs with self.getjson).
            in_parser = "ConfigParser" in node.name
            for item in ast.walk(node):
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    scan_scope(item, found, parser_class=in_parser)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scan_scope(node, found, parser_class=False)


# `conf.getsection("x")` hands the whole section over, names as written; recorded as (section, WHOLE_SECTION).
WHOLE_SECTION = ""


def sections_read_whole(*founds: dict[tuple[str, str], set[str]]) -> list[str]:
    """Sections some code reads with getsection (a literal name), from the scans of read_as / scan_source."""
    return sorted({section for found in founds for section, key in found if key == WHOLE_SECTION})


def scan_scope(scope: ast.AST, found: dict[tuple[str, str], set[str]], parser_class: bool) -> None:
    names = string_names(scope)
    for node in own_nodes(scope):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        kind = READ_METHODS.get(node.func.attr)
        receiver = ast.unparse(node.func.value).lower()
        if not (receiver.endswith(("conf", "config_parser")) or (parser_class and receiver == "self")):
            continue
        sections = argument_strings(node, 0, "section", names)
        if node.func.attr == "getsection":
            for section in sections:
                found.setdefault((section, WHOLE_SECTION), set()).add("section")
            continue
        if kind is None:
            continue
        keys = argument_strings(node, 1, "key", names)
        for section in sections:
            for key in keys:
                found.setdefault((section, key.lower()), set()).add(kind)


def own_nodes(scope: ast.AST) -> list[ast.AST]:
    """Nodes of a module or function, without those of nested functions (they are their own scope)."""
    result: list[ast.AST] = []
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        result.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return result


def string_names(scope: ast.AST) -> dict[str, set[str]]:
    """Local names bound to string literals in a scope: assignments and `for x in ("a", "b")` loops."""
    names: dict[str, set[str]] = {}
    for node in own_nodes(scope):
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.For):
            targets, value = [node.target], node.iter
        else:
            continue
        values = literal_strings(value, {}, iterate=isinstance(node, ast.For))
        for target in targets:
            if isinstance(target, ast.Name) and values:
                names.setdefault(target.id, set()).update(values)
    return names


def literal_strings(node: ast.AST, names: dict[str, set[str]], iterate: bool = False) -> set[str]:
    if iterate and isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return set().union(*(literal_strings(item, names) for item in node.elts)) if node.elts else set()
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return literal_strings(node.body, names) | literal_strings(node.orelse, names)
    if isinstance(node, ast.Name):
        return set(names.get(node.id, set()))
    return set()


def argument_strings(call: ast.Call, index: int, keyword: str, names: dict[str, set[str]]) -> set[str]:
    if len(call.args) > index and not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
        return literal_strings(call.args[index], names)
    for item in call.keywords:
        if item.arg == keyword:
            return literal_strings(item.value, names)
    return set()


# ---------------------------------------------------------------------------------------------------
# CLI commands
# ---------------------------------------------------------------------------------------------------

DEPRECATED_HELP = re.compile(r"^\s*deprecated\b", re.IGNORECASE)
REPLACEMENT_HELP = re.compile(r"use\s+`([^`]+)`\s+instead", re.IGNORECASE)


def cli() -> dict[str, Any]:
    """Every command of the release's `airflow` CLI, from the parser the CLI itself builds.

    The parser holds core commands plus those the default executor and auth manager add (for
    example `users` from the FAB auth manager); those carry `providedBy`, the package that ships the
    command's code. A release marks a deprecated command by help text starting with "Deprecated --
    use `X` instead" (often hidden from --help); `replacement` is X as a full command path.
    """
    import argparse

    from airflow.cli import cli_parser

    commands: dict[str, Any] = {}

    def walk(argparser: Any, path: list[str], objects: dict[str, Any]) -> None:
        for action in argparser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                continue
            for name, sub in action.choices.items():
                command = objects.get(name)
                subcommands = getattr(command, "subcommands", None)
                if subcommands is None:
                    commands[" ".join([*path, name])] = command_fact(command, path)
                walk(sub, [*path, name], {c.name: c for c in subcommands or ()})

    walk(cli_parser.get_parser(), [], {c.name: c for c in cli_parser.airflow_commands})
    return {"commands": commands}


def command_fact(command: Any, group: list[str]) -> dict[str, Any]:
    help_text = str(getattr(command, "help", "") or "")
    fact: dict[str, Any] = {"deprecated": bool(DEPRECATED_HELP.search(help_text))}
    if fact["deprecated"]:
        replacement = REPLACEMENT_HELP.search(help_text)
        if replacement:
            fact["replacement"] = " ".join([*group, replacement.group(1)])
    if getattr(command, "hide", False):
        fact["hidden"] = True
    package = command_package(getattr(command, "func", None))
    if package is not None:
        fact["providedBy"] = package
    return fact


CORE_DISTRIBUTIONS = {"apache-airflow", "apache-airflow-core"}


def command_package(func: Any) -> str | None:
    """The provider package whose code runs the command; None for Airflow core.

    Commands are `lazy_load_command("module.function")` closures; the module names the code.
    """
    if func is None:
        return None
    try:
        import_path = inspect.getclosurevars(func).nonlocals.get("import_path")
    except TypeError:
        import_path = None
    module_name = import_path.rpartition(".")[0] if isinstance(import_path, str) else getattr(func, "__module__", "")
    name = distribution_of(module_name)
    return None if name in CORE_DISTRIBUTIONS else name


def distribution_of(module_name: str) -> str:
    """The installed distribution that ships a module's file (apache-airflow-providers-fab, …)."""
    from importlib import metadata, util

    spec = util.find_spec(module_name)
    path = os.path.realpath(spec.origin) if spec and spec.origin else ""
    for dist in metadata.distributions():
        name = dist.metadata["Name"] or ""
        if not name.startswith("apache-airflow"):
            continue
        for file in dist.files or ():
            if file.name == os.path.basename(path) and os.path.realpath(str(dist.locate_file(file))) == path:
                return name.lower()
    return "unknown"


# ---------------------------------------------------------------------------------------------------
# Deprecations and the `airflow config lint` change list
# ---------------------------------------------------------------------------------------------------


def deprecated_options(conf: Any) -> list[dict[str, str]]:
    entries = [
        {"section": old[0], "option": old[1], "newSection": new[0], "newOption": new[1], "since": str(old[2])}
        for new, old in conf.deprecated_options.items()
    ]
    # Options several old ones map onto (read by the scheduler itself, e.g. task_queued_timeout).
    for new, olds in getattr(conf, "many_to_one_deprecated_options", {}).items():
        for old in olds:
            entries.append(
                {"section": old[0], "option": old[1], "newSection": new[0], "newOption": new[1], "since": str(old[2])}
            )
    return sorted(entries, key=lambda e: (e["section"], e["option"], e["newSection"], e["newOption"]))


def deprecated_sections(conf: Any) -> list[dict[str, str]]:
    entries = [
        {"section": old[0], "newSection": new, "since": str(old[1])} for new, old in conf.deprecated_sections.items()
    ]
    return sorted(entries, key=lambda e: (e["section"], e["newSection"]))


def deprecated_values(conf: Any) -> list[dict[str, str]]:
    entries = []
    for section, options in conf.deprecated_values.items():
        for option, spec in options.items():
            pattern, replacement = spec[0], spec[1]
            # 3.x dropped the version from the tuple; the values are upgraded in 3.x itself.
            since = str(spec[2]) if len(spec) > 2 else ""
            entries.append(
                {
                    "section": section,
                    "option": option,
                    "pattern": getattr(pattern, "pattern", str(pattern)),
                    "replacement": str(replacement),
                    "since": since,
                }
            )
    return sorted(entries, key=lambda e: (e["section"], e["option"]))


class _ValueStub:
    """Stands in for `conf` inside ConfigChange.message so Airflow's own code writes the message."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self, *_args: Any, **_kwargs: Any) -> Any:
        return self.value


def config_changes() -> list[dict[str, Any]]:
    try:
        command = importlib.import_module("airflow.cli.commands.config_command")
    except ImportError:
        return []
    changes = getattr(command, "CONFIGS_CHANGES", None)
    if changes is None:
        return []
    original_conf = command.conf
    try:
        return [config_change(command, change) for change in changes]
    finally:
        command.conf = original_conf


def config_change(command: Any, change: Any) -> dict[str, Any]:
    fact: dict[str, Any] = {
        "section": change.config.section,
        "option": change.config.option,
        "breaking": bool(getattr(change, "breaking", False)),
    }
    remove_if_equals = getattr(change, "remove_if_equals", None)
    if change.default_change:
        fact["kind"] = "default-changed"
        fact["oldDefault"] = none_or_str(change.old_default)
        fact["newDefault"] = none_or_str(change.new_default)
        # Airflow puts the current value into this message; keep Airflow's text with a `{value}` marker.
        probe: Any = "{value}"
    elif change.renamed_to:
        fact["kind"] = "renamed"
        fact["renamedTo"] = {"section": change.renamed_to.section, "option": change.renamed_to.option}
        probe = None
    elif change.was_removed:
        fact["kind"] = "removed"
        probe = None if remove_if_equals is None else str(remove_if_equals)
        if remove_if_equals is not None:
            fact["removeIfEquals"] = str(remove_if_equals)
    else:
        fact["kind"] = "invalid-value"
        fact["invalidValues"] = [str(change.is_invalid_if)]
        probe = change.is_invalid_if
    if change.is_invalid_if is not None and "invalidValues" not in fact:
        fact["invalidValues"] = [str(change.is_invalid_if)]
    command.conf = _ValueStub(probe)
    message = change.message
    fact["message"] = one_line(message or "")
    if message is None:
        # This release's `airflow config lint` prints nothing for the entry, whatever the value.
        fact["reportedByLint"] = False
        if change.suggestion:
            fact["suggestion"] = one_line(change.suggestion)
    return fact


def none_or_str(value: Any) -> str | None:
    return None if value is None else str(value)


# ---------------------------------------------------------------------------------------------------
# Executors
# ---------------------------------------------------------------------------------------------------


def executors() -> dict[str, Any]:
    from airflow.executors import executor_loader

    loader = executor_loader.ExecutorLoader
    core = {alias: path for alias, path in sorted(loader.executors.items())}
    return {
        "coreExecutors": core,
        "acceptsList": accepts_list(executor_loader),
        "sqliteIncompatible": sqlite_incompatible(loader, core),
    }


def accepts_list(executor_loader: Any) -> bool:
    """Ask the release's own ExecutorLoader to parse a two-executor `[core] executor` value.

    2.7/2.8 have no list parsing (the value is one alias or path); 2.9 parses lists but refuses more
    than one executor (AIP-61 was unfinished); 2.10+ accepts them.
    """
    loader = executor_loader.ExecutorLoader
    if not hasattr(loader, "_get_executor_names"):
        return False
    from airflow.exceptions import AirflowConfigException

    previous = os.environ.get("AIRFLOW__CORE__EXECUTOR")
    clear_executor_caches(executor_loader)  # the CLI parser may have read the default executor already
    os.environ["AIRFLOW__CORE__EXECUTOR"] = "LocalExecutor,my_company.executors.MyExecutor"
    kwargs = {"validate_teams": False} if "validate_teams" in inspect.signature(loader._get_executor_names).parameters else {}
    try:
        names = loader._get_executor_names(**kwargs)
        return len(names) == 2
    except AirflowConfigException:
        return False
    finally:
        if previous is None:
            os.environ.pop("AIRFLOW__CORE__EXECUTOR", None)
        else:
            os.environ["AIRFLOW__CORE__EXECUTOR"] = previous
        clear_executor_caches(executor_loader)


def clear_executor_caches(executor_loader: Any) -> None:
    for cache in ("_executor_names", "_alias_to_executors", "_module_to_executors", "_classname_to_executors"):
        value = getattr(executor_loader, cache, None)
        if hasattr(value, "clear"):
            value.clear()


def sqlite_incompatible(loader: Any, core: dict[str, str]) -> list[str]:
    """Executors the release refuses to run with SQLite.

    2.x: ExecutorLoader.validate_database_executor_compatibility raises "cannot use SQLite with the …"
    for every executor class whose `is_single_threaded` is false. Executors that live in providers not
    installed here (Celery, Kubernetes) cannot be imported; they inherit BaseExecutor's default, read
    from the installed BaseExecutor. 3.x has no such check (LocalExecutor runs on SQLite): empty list.
    """
    if not hasattr(loader, "validate_database_executor_compatibility"):
        return []
    from airflow.executors.base_executor import BaseExecutor

    refused = []
    for alias, path in core.items():
        cls = import_class(path)
        single_threaded = getattr(cls if cls is not None else BaseExecutor, "is_single_threaded", False)
        if not single_threaded:
            refused.append(alias)
    return sorted(refused)


def import_class(path: str) -> Any:
    module_name, _, name = path.rpartition(".")
    try:
        return getattr(importlib.import_module(module_name), name)
    except Exception:  # noqa: BLE001 - a provider that is not installed
        return None


def execution_api() -> dict[str, Any] | None:
    """3.x: the Execution API URL a task process connects to when `[core] execution_api_server_url` is
    unset, with `[api] base_url` unset, absolute and relative. Found by calling the release's own code:
    base_executor.get_execution_api_server_url where it exists (3.3+), else LocalExecutor's worker
    function with `supervise` replaced (it receives the URL). None before 3.0 (no Execution API)."""
    try:
        from airflow.executors import base_executor, local_executor
        from airflow.sdk.execution_time import supervisor
    except ImportError:
        return None
    direct = getattr(base_executor, "get_execution_api_server_url", None)
    work = getattr(local_executor, "_execute_work", None)
    if direct is None and work is None:
        return None

    def via_worker() -> str:
        from unittest import mock

        from airflow.configuration import conf

        seen: dict[str, Any] = {}
        workload = type("Workload", (), {"ti": type("Ti", (), {"id": "probe"})(), "dag_rel_path": "", "bundle_info": None, "token": "", "log_path": None})()
        extra: dict[str, Any] = {}
        if "team_conf" in inspect.signature(work).parameters:
            # 3.2: the worker reads through a per-team view of the config; the global config stands in for it.
            extra["team_conf"] = type("TeamConf", (), {"team_name": None, "get": staticmethod(conf.get)})()
        with mock.patch.object(supervisor, "supervise", lambda **kwargs: seen.update(kwargs)):
            work(logging.getLogger("probe"), workload, **extra)
        return str(seen["server"])

    probe = direct if direct is not None else via_worker

    def server_for(base_url: str | None) -> str:
        if base_url is None:
            return str(probe())
        return str(with_env(env_name("api", "base_url"), base_url, probe))

    return {
        "defaultServerUrl": server_for(None),
        "serverUrlForBaseUrl": {base: server_for(base) for base in ("https://airflow.example.com/prefix", "/prefix")},
    }


BASE_URL_PROBES = ["https://airflow.example.com/prefix", "https://airflow.example.com/prefix/", "airflow.example.com/prefix", "/prefix"]


def base_url() -> dict[str, Any] | None:
    """The UI's base URL option and the path prefix the release serves under for probe values, found by
    running the code that mounts the app: 3.x reloads airflow.api_fastapi.app (API_ROOT_PATH); 2.x runs
    the webserver's init_wsgi_middleware on a stand-in app (the DispatcherMiddleware mount). A probe the
    release refuses maps to null."""
    import importlib

    try:
        from airflow.api_fastapi import app as fastapi_app
    except ImportError:
        fastapi_app = None
    if fastapi_app is not None and hasattr(fastapi_app, "API_ROOT_PATH"):

        def root_path_3(value: str) -> str | None:
            return with_env(env_name("api", "base_url"), value, lambda: importlib.reload(fastapi_app).API_ROOT_PATH)

        result = {"section": "api", "option": "base_url", "rootPathFor": {probe: root_path_3(probe) for probe in BASE_URL_PROBES}}
        importlib.reload(fastapi_app)
        return result
    try:
        from airflow.www.extensions import init_wsgi_middlewares as wsgi
    except ImportError:
        return None

    def root_path_2(value: str) -> str | None:
        app = type("App", (), {"wsgi_app": object(), "config": {}})()
        try:
            with_env(env_name("webserver", "base_url"), value, lambda: wsgi.init_wsgi_middleware(app))
        except Exception:  # noqa: BLE001 - the release refuses the value (trailing slash)
            return None
        mounts = getattr(app.wsgi_app, "mounts", None)
        if mounts is None:
            mounts = getattr(getattr(app.wsgi_app, "app", None), "mounts", {})
        return next(iter(mounts), "") + "/" if mounts else "/"

    return {"section": "webserver", "option": "base_url", "rootPathFor": {probe: root_path_2(probe) for probe in BASE_URL_PROBES}}


def remote_logging() -> dict[str, Any]:
    """What `[logging] remote_logging = True` needs before Airflow's default logging config loads at all.

    Candidates from the release's airflow_local_settings module (an AST scan of its `if REMOTE_LOGGING:`
    block: the prefixes remote_base_log_folder is tested with, and the `HOST` options read there), each
    then confirmed by loading the module with it: without any, the module raises "Incorrect remote log
    configuration" and every Airflow command fails at start."""
    import importlib

    from airflow.config_templates import airflow_local_settings

    prefixes, hosts, only_remote = remote_logging_candidates(inspect.getsource(airflow_local_settings))

    def refused(settings: dict[tuple[str, str], str]) -> bool:
        try:
            with_settings({("logging", "remote_logging"): "True", **settings}, lambda: importlib.reload(airflow_local_settings))
            return False
        except Exception as error:  # noqa: BLE001 - only the refusal itself counts
            return "Incorrect remote log configuration" in str(error)

    result = {
        "refusesWithoutTarget": refused({("logging", "remote_base_log_folder"): ""}),
        "folderPrefixes": sorted(p for p in prefixes if not refused({("logging", "remote_base_log_folder"): p + "probe/logs"})),
        "hostOptions": [
            {"section": section, "option": option}
            for section, option in sorted(hosts)
            if not refused({("logging", "remote_base_log_folder"): "", (section, option): "http://probe:9200"})
        ],
        "optionsReadOnlyWhenRemote": [{"section": section, "option": option} for section, option in sorted(only_remote)],
    }
    importlib.reload(airflow_local_settings)
    return result


def remote_logging_candidates(source: str) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]]]:
    """Prefixes and HOST options tested in the `if REMOTE_LOGGING:` block, and the options the module
    reads there and nowhere else (e.g. `[logging] delete_local_logs` in 3.x)."""
    prefixes: set[str] = set()
    hosts: set[tuple[str, str]] = set()
    inside: set[tuple[str, str]] = set()
    outside: set[tuple[str, str]] = set()
    for node in ast.parse(source).body:
        remote = isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "REMOTE_LOGGING"
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            strings = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if remote and name == "startswith" and strings:
                prefixes.add(strings[0])
            if owner == "conf" and len(strings) >= 2:
                key = (strings[0].lower(), strings[1].lower())
                (inside if remote else outside).add(key)
                if remote and name == "get" and key[1] == "host":
                    hosts.add(key)
    return prefixes, hosts, inside - outside - {("logging", "remote_base_log_folder")} - hosts


def executor_providers() -> tuple[dict[str, Any], dict[tuple[str, str], set[str]]]:
    """Provider packages that ship core executors (CeleryExecutor → apache-airflow-providers-celery):
    which executors, which extras of apache-airflow install them (from the release's own metadata),
    and the config sections the provider declares (read from the provider's wheel, which the
    `[postgres]` install does not include). Also how the providers' modules read options (read_as)."""
    from importlib import metadata

    from airflow.executors import executor_loader

    requirements = [parse_requirement(line) for line in metadata.requires("apache-airflow") or []]
    result: dict[str, Any] = {}
    reads: dict[tuple[str, str], set[str]] = {}
    for alias, path in sorted(executor_loader.ExecutorLoader.executors.items()):
        if not path.startswith("airflow.providers."):
            continue
        distribution = provider_distribution(path, requirements)
        if distribution is None:
            continue
        entry = result.setdefault(distribution, {"executors": [], "extras": extras_installing(distribution, requirements)})
        entry["executors"].append(alias)
    for distribution, entry in result.items():
        version, config, celery = provider_config(distribution, requirements, reads)
        entry["configReadFrom"] = f"{distribution}=={version}"
        if celery is not None:
            entry["celery"] = celery
        sensitive = {(section, option) for section, body in config.items() for option, desc in (body.get("options") or {}).items() if (desc or {}).get("sensitive")}
        entry["sections"] = {
            section: {"owner": distribution, "options": {option: option_fact(section, option, desc or {}, sensitive, {}) for option, desc in sorted((body.get("options") or {}).items())}}
            for section, body in sorted(config.items())
        }
    return result, reads


def parse_requirement(line: str) -> tuple[str, str, str | None]:
    """(name, version specifier, extra) of a Requires-Dist line, e.g. `x>=1; extra == 'celery'`."""
    spec, _, marker = line.partition(";")
    extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
    name = re.match(r"[A-Za-z0-9._-]+(\[[^\]]*\])?", spec.strip())
    text = name.group(0) if name else spec.strip()
    return text.lower(), spec.strip()[len(text):].strip(), extra.group(1) if extra else None


def provider_distribution(path: str, requirements: list[tuple[str, str, str | None]]) -> str | None:
    """The provider distribution the release's extras name for an executor's module path."""
    segments = path.split(".")[2:]
    for length in range(len(segments), 0, -1):
        candidate = "apache-airflow-providers-" + "-".join(segments[:length]).replace("_", "-")
        if any(name == candidate for name, _, _ in requirements):
            return candidate
    return None


def extras_installing(distribution: str, requirements: list[tuple[str, str, str | None]]) -> list[str]:
    """Extras of apache-airflow that install the distribution, directly or through another extra."""
    direct = {extra for name, _, extra in requirements if name == distribution and extra}
    via = {extra for name, _, extra in requirements if extra and any(name == f"apache-airflow[{other}]" for other in direct)}
    # `all` and the developer extras of 2.x install everything; they are not how anyone asks for one provider.
    return sorted(extra for extra in direct | via if extra != "all" and not extra.startswith("devel"))


def provider_config(
    distribution: str,
    requirements: list[tuple[str, str, str | None]],
    reads: dict[tuple[str, str], set[str]],
) -> tuple[str, dict[str, Any], dict[str, Any] | None]:
    """The provider's declared config, from its wheel: the lowest version the release's extra allows,
    or, when the extra names no version, the one pip picks for this release (newer providers no
    longer accept older releases, so that choice does not move)."""
    import subprocess
    import tempfile
    import zipfile

    bounds = [spec for name, spec, _ in requirements if name == distribution and spec.startswith(">=")]
    version = bounds[0][2:].split(",")[0].strip() if bounds else resolved_version(distribution)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:", "-d", tmp, f"{distribution}=={version}"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wheel = next(os.path.join(tmp, name) for name in os.listdir(tmp) if name.endswith(".whl"))
        with zipfile.ZipFile(wheel) as archive:
            name = next(n for n in archive.namelist() if n.endswith("/get_provider_info.py"))
            scope: dict[str, Any] = {}
            exec(compile(archive.read(name), name, "exec"), scope)  # noqa: S102 - the provider's own data module
            for module in archive.namelist():
                if module.endswith(".py"):
                    scan_source(archive.read(module), reads)
            celery = celery_defaults(archive, wheel)
    return version, scope["get_provider_info"]().get("config") or {}, celery


def celery_defaults(archive: Any, wheel: str) -> dict[str, Any] | None:
    """What the Celery provider's default_celery module (the Celery app's configuration) does with a few
    probe settings, found by running it from the wheel against this release's config: the visibility
    timeout it sets when none is configured, for which broker schemes, and whether it passes an explicit
    result backend on as written. None for a provider without the module."""
    name = "airflow/providers/celery/executors/default_celery.py"
    if name not in archive.namelist():
        return None
    code = compile(archive.read(name), name, "exec")
    # The module imports the provider's own helpers: let them load from the wheel (zipimport) meanwhile.
    import airflow.providers

    entry = os.path.join(wheel, "airflow", "providers")
    airflow.providers.__path__.append(entry)
    try:
        return run_default_celery(code)
    finally:
        # A plain list in 2.x (pkgutil.extend_path); a namespace path in 3.x, whose entries are in `_path`.
        getattr(airflow.providers.__path__, "_path", airflow.providers.__path__).remove(entry)
        for module in [module for module in sys.modules if module.startswith("airflow.providers.celery")]:
            del sys.modules[module]


def run_default_celery(code: Any) -> dict[str, Any]:
    try:
        import re2  # noqa: F401 - a dependency of the provider, not always of Airflow itself
    except ImportError:
        # The module calls re2.search once, on the result backend URL; the standard library does the same there.
        sys.modules["re2"] = re

    def config_with(settings: dict[tuple[str, str], str]) -> dict[str, Any]:
        def run() -> dict[str, Any]:
            scope: dict[str, Any] = {"__name__": "probe_default_celery"}
            exec(code, scope)  # noqa: S102 - the provider's own configuration module
            return scope["DEFAULT_CELERY_CONFIG"]

        return with_settings(settings, run)

    schemes = ["amqp", "pyamqp", "redis", "rediss", "sentinel", "sqs", "filesystem"]
    timeouts = {scheme: config_with({("celery", "broker_url"): f"{scheme}://probe:1/0"})["broker_transport_options"].get("visibility_timeout") for scheme in schemes}
    written = "db+postgres://probe:probe@probe/probe"
    kept = config_with({("celery", "result_backend"): written})["result_backend"] == written
    defaults = {timeout for timeout in timeouts.values() if timeout is not None}
    return {
        "defaultVisibilityTimeout": defaults.pop() if len(defaults) == 1 else None,
        "visibilityTimeoutSchemes": sorted(scheme for scheme, timeout in timeouts.items() if timeout is not None),
        "resultBackendKeptAsWritten": kept,
    }


def resolved_version(distribution: str) -> str:
    """The version `pip install` picks for the installed Airflow release (kept as it is)."""
    import subprocess
    import tempfile

    import airflow

    with tempfile.TemporaryDirectory() as tmp:
        constraint = os.path.join(tmp, "constraint.txt")
        report = os.path.join(tmp, "report.json")
        with open(constraint, "w") as handle:
            handle.write(f"apache-airflow=={airflow.__version__}\n")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report", report, "-c", constraint, distribution],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        with open(report) as handle:
            installs = json.load(handle)["install"]
    return next(item["metadata"]["version"] for item in installs if item["metadata"]["name"].lower() == distribution)


# ---------------------------------------------------------------------------------------------------
# API authentication
# ---------------------------------------------------------------------------------------------------


def api_auth(conf: Any) -> dict[str, Any]:
    """Who the release's REST API lets in: 2.x auth backends, 3.x auth managers."""
    try:
        importlib.import_module("airflow.api_fastapi.auth.managers.base_auth_manager")
    except ImportError:
        pass  # 2.x: the API authenticates with auth backends
    else:
        return {"defaultAuthManager": conf.get("core", "auth_manager").strip(), "authManagers": auth_managers()}
    return {
        "defaultAuthBackends": [name.strip() for name in conf.get("api", "auth_backends").split(",") if name.strip()],
        "authBackends": auth_backends(),
    }


def auth_backends() -> dict[str, Any]:
    """Every API auth backend module the release ships (packages `…api/auth/backend` in core and in the
    installed providers), and what a request without credentials gets from it.

    Airflow's API (api_connexion.security.check_authentication) calls
    `backend.requires_authentication(Response)()` for each configured backend and lets the request in
    when one answers 200. We do exactly that in a bare Flask request without credentials: 200 means the
    backend lets anonymous callers in; 401/403 that it refuses them. A backend that needs the running
    webserver (its auth manager, its session) or a library not installed here stays `unknown`.
    """
    import pkgutil

    import airflow

    package_dir = os.path.dirname(airflow.__file__)
    modules = []
    for directory, _dirs, files in os.walk(package_dir):
        relative = os.path.relpath(directory, os.path.dirname(package_dir)).replace(os.sep, "/")
        if relative.endswith("api/auth/backend") and "__init__.py" in files:
            package = relative.replace("/", ".")
            modules.extend(f"{package}.{info.name}" for info in pkgutil.iter_modules([directory]))
    return {name: {"anonymous": anonymous_access(name)} for name in sorted(modules)}


def anonymous_access(module_name: str) -> str:
    from flask import Flask, Response

    try:
        module = importlib.import_module(module_name)
    except Exception:  # noqa: BLE001 - a library the backend needs is not installed (kerberos)
        return "unknown"
    app = Flask("apf-preflight-probe")
    try:
        with app.test_request_context("/api/v1/dags"):
            response = module.requires_authentication(Response)()
    except Exception:  # noqa: BLE001 - needs the webserver's auth manager or session
        return "unknown"
    return "allowed" if getattr(response, "status_code", None) == 200 else "refused"


def auth_managers() -> dict[str, Any]:
    """The auth managers the release ships (core's `airflow.api_fastapi.auth.managers` and those the
    installed providers declare), and the settings that let a caller without credentials in.

    Candidates are the boolean options the manager's own package reads (`conf.getboolean(…)`). For each,
    we build the manager's FastAPI sub-application (mounted at /auth in the API server) with the
    option false and then true, and GET each of its parameterless routes without credentials. An option
    that turns a refusal into a token (an `access_token` in the answer, or a `_token` cookie) gives
    anonymous callers a token: it is recorded in `anonymousAccessWhen`.
    """
    result: dict[str, Any] = {}
    for path, cls in auth_manager_classes().items():
        package_dir = os.path.dirname(inspect.getfile(cls))
        candidates = sorted(
            pair for pair, kinds in read_as(package_dir).items() if "boolean" in kinds
        )
        opening = [
            {"section": section, "option": option}
            for section, option in candidates
            if not tokens_without_credentials(path, section, option, "False")
            and tokens_without_credentials(path, section, option, "True")
        ]
        result[path] = {"anonymousAccessWhen": opening}
    return result


def auth_manager_classes() -> dict[str, Any]:
    import pkgutil

    from airflow.api_fastapi.auth.managers import base_auth_manager
    from airflow.providers_manager import ProvidersManager

    base = base_auth_manager.BaseAuthManager
    package = importlib.import_module("airflow.api_fastapi.auth.managers")
    paths = set(getattr(ProvidersManager(), "auth_managers", []) or [])
    for info in pkgutil.walk_packages(package.__path__, "airflow.api_fastapi.auth.managers."):
        if not info.name.endswith("auth_manager") or info.name.endswith("base_auth_manager"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, base) and value.__module__ == info.name:
                paths.add(f"{info.name}.{name}")
    classes = {}
    for path in sorted(paths):
        cls = import_class(path)
        if cls is not None and not inspect.isabstract(cls):
            classes[path] = cls
    return classes


def tokens_without_credentials(manager: str, section: str, option: str, value: str) -> bool:
    """Whether the manager's FastAPI sub-application hands out a token to a request without credentials."""
    from fastapi.testclient import TestClient

    import airflow.api_fastapi.app as api_app

    settings = {
        "AIRFLOW__CORE__AUTH_MANAGER": manager,
        env_name(section, option): value,
        # A fixed signing key and issuer, so token creation works the same on every release.
        "AIRFLOW__API_AUTH__JWT_SECRET": "apf-preflight-probe-signing-key-not-a-secret",
        "AIRFLOW__API_AUTH__JWT_ISSUER": "apf-preflight-probe",
    }
    previous = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    try:
        app = api_app.create_auth_manager().get_fastapi_app()
        if app is None:
            return False
        client = TestClient(app)
        for route, operations in app.openapi().get("paths", {}).items():
            if "get" not in operations or "{" in route:
                continue
            response = client.get(route, follow_redirects=False)
            if response.status_code < 400 and ("access_token" in response.text or "_token" in response.cookies):
                return True
        return False
    finally:
        for name, old in previous.items():
            if old is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = old


# ---------------------------------------------------------------------------------------------------
# Metastore
# ---------------------------------------------------------------------------------------------------


def metastore() -> dict[str, Any]:
    dialects = supported_dialects()
    return {
        "supportedDialects": dialects,
        "migrateCommand": migrate_command(),
        "dialectDrivers": dialect_drivers(dialects),
        "refusesRelativeSqlite": refuses_relative_sqlite(),
    }


def supported_dialects() -> list[str]:
    """SQLAlchemy backends the release supports for its metastore.

    No release validates `sql_alchemy_conn` against a list. The closest statement in the code is
    `airflow db shell`, which branches on `url.get_backend_name()` for every supported backend and
    raises "Unknown driver" otherwise (2.7/2.8 still list mssql; 2.9 removed MSSQL support). We read
    those branches from the installed source.
    """
    from airflow.cli.commands import db_command

    source = inspect.getsource(db_command.shell)
    return sorted(set(re.findall(r"get_backend_name\(\)\s*==\s*[\"'](\w+)[\"']", source)))


def migrate_command() -> list[str]:
    """`airflow db migrate` where the release has it (2.7+, handled by db_command.migratedb), else `db init`."""
    from airflow.cli.commands import db_command

    return ["db", "migrate"] if hasattr(db_command, "migratedb") else ["db", "init"]


def dialect_drivers(dialects: list[str]) -> dict[str, Any]:
    """The driver names the installed SQLAlchemy loads for each supported metastore dialect.

    SQLAlchemy turns `dialect+driver://` into `registry.load("dialect.driver")`, which imports
    `sqlalchemy.dialects.<dialect>.<driver>` (or an entry point of the `sqlalchemy.dialects` group) and
    takes its `dialect`. We ask the registry for every module of the dialect package and every entry
    point of that dialect, and keep the names it loads; anything else fails with NoSuchModuleError
    ("Can't load plugin: sqlalchemy.dialects:<dialect>.<driver>"). `default` is the driver used when the
    URL names none. The `base` module also loads (it re-exports the default dialect).
    """
    import pkgutil
    from importlib import metadata

    from sqlalchemy.dialects import registry
    from sqlalchemy.exc import NoSuchModuleError

    points = [point.name for point in metadata.entry_points(group="sqlalchemy.dialects")]
    result: dict[str, Any] = {}
    for dialect in dialects:
        try:
            package = importlib.import_module(f"sqlalchemy.dialects.{dialect}")
        except ImportError:
            continue
        candidates = {info.name for info in pkgutil.iter_modules(package.__path__)}
        candidates.update(name.partition(".")[2] for name in points if name.partition(".")[0] == dialect)
        drivers = []
        for name in sorted(candidates):
            try:
                registry.load(f"{dialect}.{name}")
            except (NoSuchModuleError, AttributeError, ImportError):
                continue
            drivers.append(name)
        result[dialect] = {"default": registry.load(dialect).driver, "drivers": drivers}
    return result


def refuses_relative_sqlite() -> bool:
    """Whether the release refuses a relative SQLite path, found by calling its own settings.configure_orm.

    Releases with the check raise AirflowConfigException("Cannot use relative path: … to connect to
    sqlite") before creating an engine; older ones build an engine on a path relative to each process's
    working directory. An absolute path must pass the same call, or the probe means nothing.
    """
    from airflow import settings
    from airflow.exceptions import AirflowConfigException

    original = settings.SQL_ALCHEMY_CONN

    def configure(url: str) -> str | None:
        settings.SQL_ALCHEMY_CONN = url
        try:
            settings.configure_orm()
        except AirflowConfigException as error:
            return str(error)
        finally:
            settings.dispose_orm()
        return None

    try:
        absolute = os.path.join(os.environ["AIRFLOW_HOME"], "apf-preflight-probe.db")
        if configure(f"sqlite:///{absolute}") is not None:
            sys.exit("extract.py: the release refuses an absolute SQLite path; the relative-path probe means nothing")
        refusal = configure("sqlite:///apf-preflight-probe.db")
        return refusal is not None and "relative path" in refusal
    finally:
        settings.SQL_ALCHEMY_CONN = original
        settings.configure_orm()


if __name__ == "__main__":
    main()
