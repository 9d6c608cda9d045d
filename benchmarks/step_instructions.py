"""Instructions of chosen steps of ``extract_article``, for callgrind: where a page's cost goes.

callgrind counts the interpreter's C functions, not Python's, so the cold harness
(``benchmarks.extract_instructions``) gives one total. Here each chosen step (a function or
method, named ``module:attribute``) is replaced, for the counted pass only, by a wrapper that
calls it through a C builtin of its own (``functools.reduce``, ``operator.call``, …): that
builtin's inclusive count is the step's instructions, callees included. Up to eight steps a run;
a step called inside another wrapped step is counted in both. Generators are not measured (the
wrapper would count only their creation). Run it under callgrind, from the repository root:

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/steps.cg \\
        .venv/bin/python -m benchmarks.step_instructions --cold \\
        aggregator.extract.page:find_dates aggregator.extract.page:ArticlePage.dom_byline
    callgrind_annotate --inclusive=yes /tmp/steps.cg | grep -E 'functools_reduce|_operator_call'

It prints which builtin carries which step. Divide each count by the pages (102). Patch a
function where its caller looks it up (``page.find_dates``, not ``published.find_dates``).
"""

from __future__ import annotations

import argparse
import contextvars
import functools
import importlib
import itertools
import operator
import sys
from collections.abc import Callable
from typing import Any

from benchmarks.extract_instructions import count

_Wrapper = Callable[[Callable[..., Any]], Callable[..., Any]]


def _via_reduce(f: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        box: list[Any] = []
        functools.reduce(lambda _a, _b: box.append(f(*args, **kwargs)), (0, 1))
        return box[0]

    return wrapped


def _via_call(f: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *args, **kwargs: operator.call(f, *args, **kwargs)


def _via_starmap(f: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *args, **kwargs: next(itertools.starmap(lambda: f(*args, **kwargs), [()]))


def _via_cmp_to_key(f: Callable[..., Any]) -> Callable[..., Any]:
    # Sorting two items compares them once. (Not ``exec``: ``python -m`` runs the whole
    # program inside it.)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        box: list[Any] = []
        compare = functools.cmp_to_key(lambda _a, _b: box.append(f(*args, **kwargs)) or 0)
        sorted((0, 1), key=compare)
        return box[0]

    return wrapped


def _via_eval(f: Callable[..., Any]) -> Callable[..., Any]:
    code = compile("f(*args, **kwargs)", "<step>", "eval")
    return lambda *args, **kwargs: eval(code, {"f": f, "args": args, "kwargs": kwargs})


def _via_call_tracing(f: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *args, **kwargs: sys.call_tracing(lambda: f(*args, **kwargs), ())


def _via_context_run(f: Callable[..., Any]) -> Callable[..., Any]:
    context = contextvars.copy_context()
    return lambda *args, **kwargs: context.run(f, *args, **kwargs)


def _via_calliter(f: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        box: list[Any] = []
        next(iter(lambda: box.append(f(*args, **kwargs)) or 1, None))
        return box[0]

    return wrapped


# (the C function callgrind names, the wrapper that calls a step through it)
TRAMPOLINES: tuple[tuple[str, _Wrapper], ...] = (
    ("functools_reduce", _via_reduce),
    ("_operator_call", _via_call),
    ("starmap_next", _via_starmap),
    ("keyobject_richcompare", _via_cmp_to_key),
    ("builtin_eval", _via_eval),
    ("sys_call_tracing", _via_call_tracing),
    ("context_run", _via_context_run),
    ("calliter_iternext", _via_calliter),
)


def wrap_step(spec: str, wrapper: _Wrapper) -> None:
    """Replace the function *spec* names ("package.module:Class.method") by *wrapper* of it."""
    module_name, _, path = spec.partition(":")
    owner: Any = importlib.import_module(module_name)
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    setattr(owner, name, wrapper(getattr(owner, name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("steps", nargs="+", help="module:function or module:Class.method")
    parser.add_argument("--cold", action="store_true", help="count pages the caches have not seen")
    parser.add_argument("--no-callgrind", action="store_true", help="do not call callgrind_control")
    args = parser.parse_args()
    if len(args.steps) > len(TRAMPOLINES):
        parser.error(f"at most {len(TRAMPOLINES)} steps a run")

    def wrap_steps() -> None:
        for spec, (symbol, wrapper) in zip(args.steps, TRAMPOLINES, strict=False):
            wrap_step(spec, wrapper)
            print(f"{symbol}: {spec}")

    count(cold=args.cold, callgrind=not args.no_callgrind, before=wrap_steps)


if __name__ == "__main__":
    main()
