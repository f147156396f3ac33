# Reads "module<TAB>number" lines and writes, line for line, python-stdnum's verdict on each number:
# "1|<compact>" when valid, "0|" when not, and a trailing "|w" when stdnum accepted it only from its own list of
# exceptions (a module's whitelist). Usage: stdnum-verdicts.py CASES VERDICTS
import importlib
import sys

try:
    import stdnum  # noqa: F401
except ImportError:
    sys.stderr.write('python-stdnum is not installed for ' + sys.executable + '\n')
    sys.exit(3)

modules = {}
with open(sys.argv[1], encoding='utf-8') as cases, open(sys.argv[2], 'w', encoding='utf-8') as out:
    for line in cases:
        name, number = line.rstrip('\n').split('\t', 1)
        module = modules.get(name)
        if module is None:
            module = modules[name] = importlib.import_module('stdnum.' + name)
        try:
            compact = module.validate(number)
            listed = number in getattr(module, 'whitelist', ()) or compact in getattr(module, 'whitelist', ())
            out.write('1|' + compact + ('|w' if listed else '') + '\n')
        except Exception:
            out.write('0|\n')
