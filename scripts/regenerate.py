"""Regenerate the typed client in generated/ from the OpenAPI fragment in openapi/ (see codegen/cli.py).

uv run scripts/regenerate.py           # validate the spec, regenerate, report what changed
uv run scripts/regenerate.py --check   # exit 1 if generated/ is not what the spec produces
"""

from codegen.cli import main

if __name__ == "__main__":
    main()
