"""Repository tooling that is not code generation: the release (``python -m scripts.release``).

Standard library only, so that the release workflow runs it before installing anything.
"""
