"""Reads airflow.cfg texts with CPython's configparser as Airflow does (option names keep their case:
optionxform = str) and prints every raw value, plus whether interpolated reading succeeds.

stdin: a JSON list of texts. stdout: a JSON list, one entry per text:
  {"sections": {name: {key: raw}} | null, "error": ExceptionName | null, "interpolationErrors": [[section, key, ExceptionName], ...]}
"""
import configparser
import json
import sys


def read(text):
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_string(text, source="airflow.cfg")
    except configparser.Error as exc:
        return {"sections": None, "error": type(exc).__name__, "interpolationErrors": []}
    sections = {}
    if parser.defaults():
        sections["DEFAULT"] = dict(parser._defaults.items())
    for name, options in parser._sections.items():
        sections[name] = dict(options.items())
    errors = []
    for name in parser.sections():
        for key in parser.options(name):
            try:
                parser.get(name, key)
            except configparser.Error as exc:
                errors.append([name, key, type(exc).__name__])
    return {"sections": sections, "error": None, "interpolationErrors": errors}


json.dump([read(text) for text in json.load(sys.stdin)], sys.stdout, ensure_ascii=True)
