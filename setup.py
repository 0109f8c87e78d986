"""The compiled per-token loops of the entity stage (src/rasd/entities/_hot.pyx, Cython).

Everything else is in pyproject.toml. The extension is optional: where Cython or a C
compiler is missing the install goes on without it, and the Python functions it stands in
for run instead, with the same results (rasd.entities.compiled).
"""

import sys

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # no Cython (a build without the build requirements): pure Python
    ext_modules = []
else:
    ext_modules = cythonize(
        # no fused multiply-add: the loops must round each product and sum as numpy does
        [Extension("rasd.entities._hot", ["src/rasd/entities/_hot.pyx"], optional=True,
                   extra_compile_args=[] if sys.platform == "win32" else ["-ffp-contract=off"])],
        compiler_directives={"language_level": "3"},
        quiet=True,
    )

setup(ext_modules=ext_modules)
