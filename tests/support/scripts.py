"""Tiny train.py programs for script-mode tests, written into a temp directory per test."""

from __future__ import annotations

import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

# Prints validation:accuracy once per epoch; the value grows with the learning rate so that
# runs are comparable, and a `--constant` makes every run print the same value.
EPOCHS = """
import argparse, json, os, time
parser = argparse.ArgumentParser()
parser.add_argument("--max-depth", type=int, default=3)
parser.add_argument("--learning-rate", type=float, default=0.1)
parser.add_argument("--epochs", type=int, default=5)
parser.add_argument("--sleep", type=float, default=0.0)
parser.add_argument("--constant", type=float, default=None)
args = parser.parse_args()
with open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "pid"), "w") as f:
    f.write(str(os.getpid()))
print("pid", os.getpid(), "channels", os.environ["SM_CHANNELS"], flush=True)
for epoch in range(1, args.epochs + 1):
    time.sleep(args.sleep)
    value = args.constant if args.constant is not None else args.learning_rate * epoch
    print(f"epoch {epoch} validation:accuracy={value:.6f}", flush=True)
with open(os.path.join(os.environ["SM_MODEL_DIR"], "model.json"), "w") as f:
    json.dump(vars(args), f)
"""

JSON_METRICS = """
import argparse, json
parser = argparse.ArgumentParser()
parser.add_argument("--max-depth", type=int)
parser.add_argument("--learning-rate", type=float)
args = parser.parse_args()
print(json.dumps({"validation:accuracy": 1 - args.learning_rate}), flush=True)
"""

FAILS = """
import os, sys
print("loading data", flush=True)
with open(os.path.join(os.environ["SM_OUTPUT_DIR"], "failure"), "w") as f:
    f.write("ValueError: the training data has no label column")
sys.exit(3)
"""

SILENT = """
print("training without ever printing the objective", flush=True)
"""

# Sleeps long and starts a grandchild: a stop must kill both.
SLEEPER = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
with open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "pids"), "w") as f:
    f.write(f"{os.getpid()} {child.pid}")
print("validation:accuracy=0.5", flush=True)
time.sleep(300)
"""


def write_script(directory: Path, source: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "train.py").write_text(textwrap.dedent(source))
    return directory


# The first run (no marker file yet) hangs with a grandchild; a later one finishes at once.
# The marker is claimed with os.link (atomic, and it fails when the marker exists), so of two
# jobs started in the same instant only one hangs; the marker names its processes. (Two that
# both hung took a worker for 300 s and failed the fault tests after them, in CI.)
HANGS_ONCE = """
import argparse, os, subprocess, sys, time
parser = argparse.ArgumentParser()
parser.add_argument("--marker")
parser.add_argument("--max-depth")
parser.add_argument("--learning-rate")
args = parser.parse_args()
if os.path.exists(args.marker):
    print("validation:accuracy=0.75", flush=True)
    sys.exit(0)
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
draft = f"{args.marker}.{os.getpid()}"
with open(draft, "w") as f:
    f.write(f"{os.getppid()} {os.getpid()} {child.pid}")
try:
    os.link(draft, args.marker)
except FileExistsError:  # another run claimed it first: this one is a later run
    child.kill()
    print("validation:accuracy=0.75", flush=True)
    sys.exit(0)
finally:
    os.unlink(draft)
print("validation:accuracy=0.5", flush=True)
time.sleep(300)
"""


# A smooth function of three hyperparameters, printed as the objective: no training at all, so
# a trial costs one Python start. Its maximum, 1.0, is at (0.62, 0.27, 0.45); `--shape deep`
# (a static hyperparameter of a second definition) moves it to 2.0.
SMOOTH = """
import argparse
parser = argparse.ArgumentParser()
parser.add_argument("-x", type=float, default=0.5)  # one letter: -x as SageMaker passes it
parser.add_argument("-y", type=float, default=0.5)  # one letter: -y as SageMaker passes it
parser.add_argument("-z", type=float, default=0.5)  # one letter: -z as SageMaker passes it
parser.add_argument("--shape", default="flat")
args = parser.parse_args()
top = 2.0 if args.shape == "deep" else 1.0
value = top - (args.x - 0.62) ** 2 - (args.y - 0.27) ** 2 - (args.z - 0.45) ** 2
print(f"score={value:.6f}", flush=True)
"""


def wait_for_file(path: Path, timeout: float = 30) -> str:
    """What a script wrote to a marker file (HANGS_ONCE: its PIDs), once it wrote it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return path.read_text()
        time.sleep(0.05)
    raise AssertionError(f"{path} never written")


# EPOCHS' training, with each run's start, epochs and end appended to `<--markers>/<job name>`
# as "<job name> start|epoch|end <pid> <time.time()>" (one O_APPEND write each: whole lines
# even from two runs at once), so a test counts a job's runs, sees which ran to the end, and
# whether one was still alive after the next began. The directory is on the host: the job
# needs OPENAMT_SANDBOX=off (a sandbox sees the host read-only).
MARKED = """
import argparse, os, time
parser = argparse.ArgumentParser()
parser.add_argument("--markers")
parser.add_argument("--max-depth", type=int, default=3)
parser.add_argument("--learning-rate", type=float, default=0.1)
parser.add_argument("--epochs", type=int, default=5)
parser.add_argument("--sleep", type=float, default=0.0)
args = parser.parse_args()
name = os.environ["TRAINING_JOB_NAME"]
def mark(event):
    fd = os.open(os.path.join(args.markers, name), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.write(fd, f"{name} {event} {os.getpid()} {time.time():.6f}\\n".encode())
    os.close(fd)
mark("start")
for epoch in range(1, args.epochs + 1):
    time.sleep(args.sleep)
    print(f"epoch {epoch} validation:accuracy={args.learning_rate * epoch:.6f}", flush=True)
    mark("epoch")
mark("end")
"""


@dataclass(frozen=True)
class MarkedRun:
    """One run of MARKED: its pid, when it started, when it was last seen, and whether it
    ran to the end."""

    pid: int
    started: float
    last_seen: float
    ended: bool


def marked_runs(markers: Path, job_name: str) -> list[MarkedRun]:
    """MARKED's runs of one job, in the order they started."""
    path = markers / job_name
    lines = path.read_text().splitlines() if path.exists() else []
    runs: dict[int, MarkedRun] = {}
    for line in lines:
        _, event, pid_text, at_text = line.split()
        pid, at = int(pid_text), float(at_text)
        if event == "start":
            runs[pid] = MarkedRun(pid, at, at, ended=False)
        else:
            run = runs[pid]
            runs[pid] = MarkedRun(pid, run.started, at, ended=run.ended or event == "end")
    return sorted(runs.values(), key=lambda run: run.started)


# Python source for hostile scripts and models (tests/test_hostile_scripts.py,
# tests/test_model_sandbox.py): `attempt(action)` runs `action` and names what came of it,
# "done" or the errno (ENOENT, EACCES, EROFS, ...) or the exception's type.
ATTEMPT = """
def attempt(action):
    import errno
    try:
        action()
        return "done"
    except OSError as error:
        return errno.errorcode.get(error.errno, str(error.errno))
    except Exception as error:  # sqlite3's errors are not OSErrors
        return type(error).__name__
"""
