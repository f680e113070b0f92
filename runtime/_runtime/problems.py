"""How the rule engine and the decoder say what is wrong, and where."""

from __future__ import annotations

from .redact import shown

_JSON_NAMES = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "NoneType": "null",
    "dict": "an object",
    "list": "an array",
}


class Invalid(Exception):
    """A value the spec does not allow. Raised deep inside a check; each level it passes on the way out adds
    its key to `parts`, so the happy path pays nothing for naming the place."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.parts: list[str | int] = []

    def at(self, part: str | int) -> Invalid:
        self.parts.append(part)
        return self

    def place(self, root: str = "") -> str:
        """The dotted path of the value, outermost first: `body.video_config.width`, `data.items[2]`."""
        text = root
        for part in reversed(self.parts):
            if isinstance(part, int):
                text += f"[{part}]"
            else:
                text += f".{part}" if text else part
        return text


def a(name: str) -> str:
    """A class name with its article: "a Recording", "an AudioCodec"."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def kind(value: object) -> str:
    """What a value is, for a message: its JSON kind, or its Python type."""
    name = type(value).__name__
    return _JSON_NAMES.get(name, name)


def got(value: object, credential: bool = False) -> str:
    """The end of a message about a refused value: its kind and (unless a credential) a bounded repr."""
    what = kind(value)
    if credential or isinstance(value, dict | list):
        return f"got {what}"
    return f"got {what} {shown(value)}"
