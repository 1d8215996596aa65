#!/usr/bin/env python3
"""Checks the deployment files (deploy/) against the binary: every YAML file parses; every
RESUMAX_* variable they name is one the binary reads; every command they give a resumax
container is a subcommand with flags it has; HAProxy accepts its configuration.
Usage: check-deploy.py REPO_ROOT RESUMAX_BINARY"""
import glob
import os
import re
import shutil
import subprocess
import sys

import yaml

root, binary = sys.argv[1], sys.argv[2]
deploy = os.path.join(root, "deploy")
problems = []


def help_text(*subcommand):
    return subprocess.run([binary, *subcommand, "--help"], capture_output=True, text=True).stdout


SUBCOMMANDS = {"serve": help_text("serve"), "worker": help_text("worker"),
               "migrate": help_text("migrate"), "jobs": help_text("jobs")}
for action in ("list", "retry", "discard"):
    SUBCOMMANDS["jobs " + action] = help_text("jobs", action)

# The variables the binary reads: its flags' (from --help) and those the code reads itself.
known = set(re.findall(r"Env:(RESUMAX_[A-Z0-9_]+)", SUBCOMMANDS["serve"] + SUBCOMMANDS["worker"]))
for source in glob.glob(os.path.join(root, "server/src/**/*.cpp"), recursive=True):
    if source.endswith("_test.cpp"):
        continue
    with open(source, encoding="utf-8") as handle:
        known.update(re.findall(r'Env\("(RESUMAX_[A-Z0-9_]+)"', handle.read()))
if len(known) < 40:
    problems.append(f"only {len(known)} variables found in the binary's help: is it built?")


def check_command(where, arguments):
    if not arguments:
        return
    words = [str(word) for word in arguments]
    name = words[0]
    if name == "jobs" and len(words) > 1:
        name = "jobs " + words[1]
    if name not in SUBCOMMANDS:
        problems.append(f"{where}: `{' '.join(words)}` is no resumax subcommand")
        return
    for word in words[1:]:
        flag = word.split("=", 1)[0]
        if flag.startswith("--") and not re.search(re.escape(flag) + r"\b", SUBCOMMANDS[name]):
            problems.append(f"{where}: resumax {name} has no flag {flag}")


documents = 0
for path in sorted(glob.glob(os.path.join(deploy, "**/*.y*ml"), recursive=True)):
    relative = os.path.relpath(path, root)
    try:
        with open(path, encoding="utf-8") as handle:
            loaded = [document for document in yaml.safe_load_all(handle) if document is not None]
    except yaml.YAMLError as error:
        problems.append(f"{relative}: not valid YAML: {error}")
        continue
    documents += len(loaded)
    for document in loaded:
        if not isinstance(document, dict):
            continue
        # docker compose: services with the resumax image.
        for service_name, service in (document.get("services") or {}).items():
            if isinstance(service, dict) and "resumax" in str(service.get("image", "")):
                command = service.get("command")
                check_command(f"{relative} service {service_name}",
                              command if isinstance(command, list) else str(command or "").split())
        # Kubernetes: containers with the resumax image, wherever they sit in the spec.
        stack = [document]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                if "resumax" in str(node.get("image", "")) and "name" in node:
                    check_command(f"{relative} container {node['name']}",
                                  node.get("args") or node.get("command"))
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)

for path in sorted(glob.glob(os.path.join(deploy, "**/*"), recursive=True)):
    if os.path.isdir(path):
        continue
    with open(path, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    for variable in sorted(set(re.findall(r"\bRESUMAX_[A-Z0-9_]*[A-Z0-9]\b", text))):
        if variable not in known:
            problems.append(f"{os.path.relpath(path, root)}: {variable} is not read by resumax")

haproxy_config = os.path.join(deploy, "haproxy.cfg")
if os.path.exists(haproxy_config) and shutil.which("haproxy"):
    # Its servers are compose's host names: it resolves them at run time (init-addr none).
    result = subprocess.run(["haproxy", "-c", "-f", haproxy_config], capture_output=True, text=True)
    if result.returncode != 0:
        problems.append("deploy/haproxy.cfg: " + (result.stderr or result.stdout).strip()[-500:])

if documents < 10:
    problems.append(f"only {documents} YAML documents under deploy/")
for problem in problems:
    print("FAIL", problem)
print(f"{documents} YAML documents, {len(known)} known variables, {len(problems)} problems")
sys.exit(1 if problems else 0)
