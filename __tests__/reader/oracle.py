"""Reads airflow.cfg files with CPython's configparser exactly as Airflow does and prints what it saw.

stdin: a JSON list of file paths. stdout: a JSON list, one entry per file:
  {"sections": [[name, [[key, raw], ...]], ...] | null,
   "error": {"kind": ExceptionName, "line": N} | null,
   "interpolated": [[section, key, {"value": str} | {"error": ExceptionName}], ...]}
"""
import configparser
import json
import sys


def error_line(exc):
    if isinstance(exc, configparser.ParsingError) and not isinstance(exc, configparser.MissingSectionHeaderError):
        return exc.errors[0][0]
    return exc.lineno


def read(path):
    parser = configparser.ConfigParser()
    # AirflowConfigParser.optionxform keeps option names as written (2.x and 3.x).
    parser.optionxform = str
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle, source=path)
    except configparser.Error as exc:
        return {"sections": None, "error": {"kind": type(exc).__name__, "line": error_line(exc)}, "interpolated": []}
    sections = []
    if parser.defaults():
        sections.append(["DEFAULT", [[k, v] for k, v in parser._defaults.items()]])
    for name, options in parser._sections.items():
        sections.append([name, [[k, v] for k, v in options.items()]])
    interpolated = []
    for name in parser.sections():
        for key in parser.options(name):
            try:
                interpolated.append([name, key, {"value": parser.get(name, key)}])
            except configparser.Error as exc:
                interpolated.append([name, key, {"error": type(exc).__name__}])
    return {"sections": sections, "error": None, "interpolated": interpolated}


def main():
    paths = json.load(sys.stdin)
    json.dump([read(path) for path in paths], sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
